-- National targets of the NTM programme (vn.ntm.communes.targets), per level and year or for the period end (2030).
-- A target is a share of the rural communes (xã) in the programme on the year's end, or a number of provinces that
-- complete the NTM task (Appendix III, QĐ 51/2025/QĐ-TTg). Figures are data with their source; verified is false
-- while the figure comes from a press report rather than the decision text itself.
CREATE TABLE national_target (
    id             BIGSERIAL PRIMARY KEY,
    year           INTEGER NOT NULL CONSTRAINT national_target_year CHECK (year BETWEEN 2010 AND 2100),
    subject        TEXT    NOT NULL CONSTRAINT national_target_subject CHECK (subject IN ('COMMUNE_LEVEL', 'PROVINCES_COMPLETE')),
    level          TEXT CONSTRAINT national_target_level CHECK (level IN ('NTM', 'ADVANCED', 'MODEL', 'MODERN')),
    percent        NUMERIC(5, 2) CONSTRAINT national_target_percent CHECK (percent BETWEEN 0 AND 100),
    provinces      INTEGER CONSTRAINT national_target_provinces CHECK (provinces >= 0),
    approximate    BOOLEAN NOT NULL DEFAULT FALSE,
    source         TEXT    NOT NULL,
    verified       BOOLEAN NOT NULL,
    CONSTRAINT national_target_shape CHECK (
        (subject = 'COMMUNE_LEVEL' AND level IS NOT NULL AND percent IS NOT NULL AND provinces IS NULL)
        OR (subject = 'PROVINCES_COMPLETE' AND level IS NULL AND percent IS NULL AND provinces IS NOT NULL))
);
CREATE UNIQUE INDEX national_target_once ON national_target (year, subject, COALESCE(level, ''));

-- Phase I of the merged programme as approved (QĐ 417/QĐ-BNNMT, 31/01/2026), as reported: "about 65% of communes NTM,
-- of which about 10% recognised as modern NTM; 5 provinces completing the NTM task". Reported, not read in the decision.
INSERT INTO national_target (year, subject, level, percent, provinces, approximate, source, verified) VALUES
    (2030, 'COMMUNE_LEVEL', 'NTM', 65, NULL, TRUE,
     'Chương trình MTQG 2026–2030 giai đoạn I (QĐ 417/QĐ-BNNMT ngày 31/01/2026), theo baogialai.com.vn 10/02/2026', FALSE),
    (2030, 'COMMUNE_LEVEL', 'MODERN', 10, NULL, TRUE,
     'Chương trình MTQG 2026–2030 giai đoạn I (QĐ 417/QĐ-BNNMT ngày 31/01/2026), theo baogialai.com.vn 10/02/2026', FALSE),
    (2030, 'PROVINCES_COMPLETE', NULL, NULL, 5, TRUE,
     'Chương trình MTQG 2026–2030 giai đoạn I (QĐ 417/QĐ-BNNMT ngày 31/01/2026), theo baogialai.com.vn 10/02/2026', FALSE);

-- Provincial targets for the modern NTM level of 2026–2030 (QĐ 51/2025/QĐ-TTg Phụ lục II).
ALTER TABLE province_target ADD COLUMN modern_target INTEGER CONSTRAINT province_target_modern CHECK (modern_target >= 0);
