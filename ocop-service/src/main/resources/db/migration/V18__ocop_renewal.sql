-- Renewal (issue 21, piece 3). A renewal decided before the renewed certificate ends issues a certificate whose
-- validity starts the day after the old one's last day (no gap, no overlap); until then it is PENDING. valid_from is set
-- only in that case: NULL means valid from the issue date, as every certificate before this migration was.
ALTER TABLE ocop_certificate ADD COLUMN valid_from DATE;
ALTER TABLE ocop_certificate ADD CONSTRAINT ocop_certificate_valid_from_check
    CHECK (valid_from IS NULL OR (valid_from > issued_on AND valid_from <= valid_until));
-- the certificate a renewal renews (the old one keeps superseded_by pointing to the renewal)
ALTER TABLE ocop_certificate ADD COLUMN renews_id BIGINT REFERENCES ocop_certificate (id);

ALTER TABLE ocop_certificate DROP CONSTRAINT ocop_certificate_stored_state_check;
ALTER TABLE ocop_certificate ADD CONSTRAINT ocop_certificate_stored_state_check
    CHECK (stored_state IN ('PENDING', 'ACTIVE', 'EXPIRING', 'EXPIRED', 'REVOKED', 'SUPERSEDED'));
