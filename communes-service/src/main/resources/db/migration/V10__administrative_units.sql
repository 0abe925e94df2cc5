-- Administrative units (registry feature, vn.ntm.communes.units).
-- GSO reused codes after the 1 July 2025 reform: a unit is a code plus its validity, never a code alone.
-- History is never overwritten: a unit that merges or is renamed ends (valid_to) and names its successors.

-- The seven socio-economic regions (vùng) for which Decision 318/QĐ-TTg (08/03/2022) sets region-specific thresholds.
CREATE TABLE region (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    name_folded TEXT NOT NULL UNIQUE,
    source      TEXT NOT NULL
);
INSERT INTO region (code, name, name_folded, source) VALUES
    ('TRUNG_DU_MIEN_NUI_PHIA_BAC', 'Trung du và miền núi phía Bắc', 'trung du va mien nui phia bac', 'QĐ 318/QĐ-TTg ngày 08/03/2022'),
    ('DONG_BANG_SONG_HONG', 'Đồng bằng sông Hồng', 'dong bang song hong', 'QĐ 318/QĐ-TTg ngày 08/03/2022'),
    ('BAC_TRUNG_BO', 'Bắc Trung Bộ', 'bac trung bo', 'QĐ 318/QĐ-TTg ngày 08/03/2022'),
    ('DUYEN_HAI_NAM_TRUNG_BO', 'Duyên hải Nam Trung Bộ', 'duyen hai nam trung bo', 'QĐ 318/QĐ-TTg ngày 08/03/2022'),
    ('TAY_NGUYEN', 'Tây Nguyên', 'tay nguyen', 'QĐ 318/QĐ-TTg ngày 08/03/2022'),
    ('DONG_NAM_BO', 'Đông Nam Bộ', 'dong nam bo', 'QĐ 318/QĐ-TTg ngày 08/03/2022'),
    ('DONG_BANG_SONG_CUU_LONG', 'Đồng bằng sông Cửu Long', 'dong bang song cuu long', 'QĐ 318/QĐ-TTg ngày 08/03/2022');

-- Provinces (tỉnh / thành phố trực thuộc trung ương), one row per period of the administrative map.
-- region_code is NULL for a post-reform province whose predecessors lie in different regions.
CREATE TABLE province (
    id          BIGSERIAL PRIMARY KEY,
    code        TEXT NOT NULL CONSTRAINT province_code_format CHECK (code ~ '^[0-9]{2}$'),
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    region_code TEXT REFERENCES region (code),
    valid_from  DATE NOT NULL,
    valid_to    DATE,
    CONSTRAINT province_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT province_code_from UNIQUE (code, valid_from)
);
CREATE UNIQUE INDEX province_current_code ON province (code) WHERE valid_to IS NULL;

-- Derived from the commune mapping: a province whose communes went to another province is its predecessor.
CREATE TABLE province_lineage (
    predecessor_id BIGINT NOT NULL REFERENCES province (id),
    successor_id   BIGINT NOT NULL REFERENCES province (id),
    effective_date DATE   NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id)
);
CREATE INDEX province_lineage_successor ON province_lineage (successor_id);

-- Commune-level units (xã, phường, thị trấn, đặc khu). district_* only before the reform (no district level after it).
-- region_code is derived: the province's region, or for a post-reform unit the region of its predecessors.
CREATE TABLE commune (
    id            BIGSERIAL PRIMARY KEY,
    code          TEXT NOT NULL CONSTRAINT commune_code_format CHECK (code ~ '^[0-9]{5}$'),
    name          TEXT NOT NULL,
    name_folded   TEXT NOT NULL,
    type          TEXT NOT NULL CONSTRAINT commune_type_known CHECK (type IN ('XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU')),
    province_id   BIGINT NOT NULL REFERENCES province (id),
    district_code TEXT,
    district_name TEXT,
    region_code   TEXT REFERENCES region (code),
    valid_from    DATE NOT NULL,
    valid_to      DATE,
    CONSTRAINT commune_validity CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT commune_code_from UNIQUE (code, valid_from)
);
CREATE UNIQUE INDEX commune_current_code ON commune (code) WHERE valid_to IS NULL;
CREATE INDEX commune_province_type ON commune (province_id, type, code);
CREATE INDEX commune_valid_code ON commune (valid_from, valid_to, code);
-- Diacritics- and case-insensitive search: name_folded is VietnameseText.fold(name), searched with LIKE '%term%'.
CREATE INDEX commune_name_trgm ON commune USING gin (name_folded gin_trgm_ops);

-- Merges, splits and renames. PARTIAL: the predecessor was split and this successor received one piece of it.
CREATE TABLE commune_lineage (
    predecessor_id BIGINT NOT NULL REFERENCES commune (id),
    successor_id   BIGINT NOT NULL REFERENCES commune (id),
    kind           TEXT   NOT NULL CONSTRAINT commune_lineage_kind CHECK (kind IN ('FULL', 'PARTIAL')),
    effective_date DATE   NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id)
);
CREATE INDEX commune_lineage_successor ON commune_lineage (successor_id);
