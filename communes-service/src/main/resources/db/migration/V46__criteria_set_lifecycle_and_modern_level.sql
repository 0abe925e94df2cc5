-- 2026–2030 (QĐ 51/2025/QĐ-TTg): criteria sets get a lifecycle and a date from which a version is in force, and the
-- pilot level MODERN (xã nông thôn mới hiện đại, Appendix II) joins the three levels of 2021–2025.
--
-- A version is DRAFT (editable by its author, evaluated only as a simulation) or PUBLISHED (frozen). SUPERSEDED is
-- not stored: a published version is superseded from the effective date of the next published version of its code,
-- so the answer follows the calendar without a job flipping rows. Every row that exists is published (V31).
ALTER TABLE criteria_set ADD COLUMN status TEXT NOT NULL DEFAULT 'PUBLISHED' CHECK (status IN ('DRAFT', 'PUBLISHED'));
ALTER TABLE criteria_set ADD COLUMN effective_from DATE;
ALTER TABLE criteria_set ADD COLUMN draft_revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE criteria_set ADD COLUMN created_by TEXT;
ALTER TABLE criteria_set ALTER COLUMN published_at DROP NOT NULL;
ALTER TABLE criteria_set ALTER COLUMN published_by DROP NOT NULL;
ALTER TABLE criteria_set ALTER COLUMN published_at DROP DEFAULT;
ALTER TABLE criteria_set ADD CONSTRAINT criteria_set_published_has_publisher
    CHECK (status = 'DRAFT' OR (published_at IS NOT NULL AND published_by IS NOT NULL));
-- At most one draft per code: two officials completing the same set edit one draft (If-Match), never two.
CREATE UNIQUE INDEX criteria_set_one_draft ON criteria_set (code) WHERE status = 'DRAFT';

ALTER TABLE criteria_set DROP CONSTRAINT criteria_set_level_check;
ALTER TABLE criteria_set ADD CONSTRAINT criteria_set_level_check CHECK (level IN ('NTM', 'ADVANCED', 'MODEL', 'MODERN'));
ALTER TABLE dossier DROP CONSTRAINT dossier_level_check;
ALTER TABLE dossier ADD CONSTRAINT dossier_level_check CHECK (level IN ('NTM', 'ADVANCED', 'MODEL', 'MODERN'));
ALTER TABLE recognition DROP CONSTRAINT recognition_level;
ALTER TABLE recognition ADD CONSTRAINT recognition_level CHECK (level IN ('NTM', 'ADVANCED', 'MODEL', 'MODERN'));

-- The day an assessment is made: the commune group (2026–2030) and the criteria-set version in force on that day
-- apply. 2021–2025 assessments keep the region they were opened with; a COMMUNE_GROUP assessment stores no scope
-- unless an officer named one, and reads the group in force on assessment_date when it is evaluated.
ALTER TABLE assessment ADD COLUMN assessment_date DATE;
ALTER TABLE assessment ALTER COLUMN threshold_scope DROP NOT NULL;
-- An assessment that named a version keeps it; one that did not follows the version in force on its date.
ALTER TABLE assessment ADD COLUMN version_pinned BOOLEAN NOT NULL DEFAULT TRUE;
