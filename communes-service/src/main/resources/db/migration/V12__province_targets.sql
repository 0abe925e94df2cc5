-- Provincial targets per year (vn.ntm.communes.targets): how many rural communes the province plans to hold each level.
-- Set by officials (e.g. Hải Dương's adjusted plan Kế hoạch 4647/KH-UBND: 94 advanced and 35 model communes in 2025).
CREATE TABLE province_target (
    id              BIGSERIAL PRIMARY KEY,
    province_id     BIGINT      NOT NULL REFERENCES province (id),
    year            INTEGER     NOT NULL CONSTRAINT province_target_year CHECK (year BETWEEN 2010 AND 2100),
    ntm_target      INTEGER CONSTRAINT province_target_ntm CHECK (ntm_target >= 0),
    advanced_target INTEGER CONSTRAINT province_target_advanced CHECK (advanced_target >= 0),
    model_target    INTEGER CONSTRAINT province_target_model CHECK (model_target >= 0),
    source          TEXT,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by      TEXT        NOT NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT province_target_once UNIQUE (province_id, year)
);
