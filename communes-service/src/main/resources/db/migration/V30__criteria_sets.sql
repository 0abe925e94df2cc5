-- Criteria sets (bộ tiêu chí): versioned, immutable documents. A national set (QĐ 318/QĐ-TTg, QĐ 319/QĐ-TTg,
-- later QĐ 51/2025/QĐ-TTg) or a provincial overlay (base_code + province_code) that tightens thresholds or adds
-- indicators. Publishing a change writes a new version; rows are never updated, so an assessment pinned to a
-- version always evaluates against the same rules.
CREATE TABLE criteria_set (
    id             BIGSERIAL PRIMARY KEY,
    code           TEXT        NOT NULL,
    version        INTEGER     NOT NULL CHECK (version >= 1),
    level          TEXT        NOT NULL CHECK (level IN ('NTM', 'ADVANCED', 'MODEL')),
    period_from    INTEGER     NOT NULL,
    period_to      INTEGER     NOT NULL CHECK (period_to >= period_from),
    base_code      TEXT,
    province_code  TEXT,
    title_vi       TEXT        NOT NULL,
    document       JSONB       NOT NULL,
    published_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_by   TEXT        NOT NULL,
    CONSTRAINT criteria_set_code_version UNIQUE (code, version),
    CONSTRAINT criteria_set_overlay_has_province CHECK ((base_code IS NULL) = (province_code IS NULL))
);
CREATE INDEX criteria_set_overlay ON criteria_set (base_code, province_code, version DESC) WHERE base_code IS NOT NULL;

-- The outstanding fields (lĩnh vực nổi trội) a province defines for model communes (QĐ 319/QĐ-TTg, condition 4:
-- "do UBND cấp tỉnh quy định"). Data, one row per province and field, each with its source.
CREATE TABLE outstanding_field (
    province_code TEXT NOT NULL,
    code          TEXT NOT NULL,
    name_vi       TEXT NOT NULL,
    name_en       TEXT NOT NULL,
    source        TEXT NOT NULL,
    PRIMARY KEY (province_code, code)
);

-- Hải Dương recognises model communes "về Văn hóa", "về Giáo dục", "về Sản xuất" (domain reference A.5, [V]).
INSERT INTO outstanding_field (province_code, code, name_vi, name_en, source) VALUES
 ('30', 'PRODUCTION', 'Sản xuất', 'Production', 'Hải Dương recognition decisions 2022–2024 (haiduong.gov.vn/2023/Trang/cong-nhan-nong-thon-moi-kieu-mau.aspx); the provincial decision setting the field criteria was not found'),
 ('30', 'EDUCATION', 'Giáo dục', 'Education', 'Hải Dương recognition decisions 2022–2024 (haiduong.gov.vn/2023/Trang/cong-nhan-nong-thon-moi-kieu-mau.aspx); the provincial decision setting the field criteria was not found'),
 ('30', 'CULTURE', 'Văn hóa', 'Culture', 'Hải Dương recognition decisions 2022–2024 (haiduong.gov.vn/2023/Trang/cong-nhan-nong-thon-moi-kieu-mau.aspx); the provincial decision setting the field criteria was not found');
