-- Dossiers opened before procedure versions existed are pinned to the version in force on their opening date (the
-- date of their SELF_ASSESSMENT step): QĐ 18/2022 with district verification before 1 July 2025, the province
-- version from then on (V53 loads both).
UPDATE dossier d SET procedure_code = 'NTM-RECOGNITION',
    procedure_version = CASE WHEN (SELECT s.step_date FROM dossier_step s WHERE s.dossier_id = d.id AND s.seq = 1) < DATE '2025-07-01'
                             THEN 1 ELSE 2 END
WHERE procedure_code IS NULL;
ALTER TABLE dossier ALTER COLUMN procedure_code SET NOT NULL;
ALTER TABLE dossier ALTER COLUMN procedure_version SET NOT NULL;
ALTER TABLE dossier ADD CONSTRAINT dossier_procedure FOREIGN KEY (procedure_code, procedure_version)
    REFERENCES procedure_version (code, version);
CREATE INDEX dossier_awaiting ON dossier (procedure_code, procedure_version, state);
