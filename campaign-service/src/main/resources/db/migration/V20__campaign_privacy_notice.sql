-- Law 91/2025/QH15 (in force 01/01/2026): a campaign that records residents' contributions under their names records
-- why (purpose), on which legal basis, and the notice given to contributors. Contributions dated from 2026-01-01 are
-- refused until the campaign has them (ContributionService); earlier campaigns and contributions stay as recorded.
ALTER TABLE campaign
    ADD COLUMN purpose     TEXT CHECK (length(purpose) BETWEEN 1 AND 1000),
    ADD COLUMN legal_basis TEXT CHECK (length(legal_basis) BETWEEN 1 AND 1000),
    ADD COLUMN notice      TEXT CHECK (length(notice) BETWEEN 1 AND 10000);
