-- OCOP subjects (chủ thể OCOP) and their products. Communes are identified by GSO code plus the date on which the
-- code was checked against communes-service (codes were reused after 1 July 2025); the province is the one that
-- communes-service answered for that code on that date.

CREATE TABLE ocop_subject (
    id                  UUID PRIMARY KEY,
    name                TEXT        NOT NULL,
    name_folded         TEXT        NOT NULL,
    subject_type        TEXT        NOT NULL CHECK (subject_type IN ('COOPERATIVE', 'ENTERPRISE', 'HOUSEHOLD_BUSINESS', 'COOPERATIVE_GROUP')),
    commune_code        CHAR(5)     NOT NULL CHECK (commune_code ~ '^[0-9]{5}$'),
    commune_name        TEXT        NOT NULL,
    province_code       CHAR(2)     NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    commune_as_of       DATE        NOT NULL,
    -- private: never in public answers
    registration_number TEXT        NOT NULL,
    representative      TEXT,
    phone               TEXT,
    email               TEXT,
    address             TEXT,
    version             BIGINT      NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (subject_type, registration_number)
);
CREATE INDEX ocop_subject_province ON ocop_subject (province_code, commune_code);
CREATE INDEX ocop_subject_commune ON ocop_subject (commune_code);
CREATE INDEX ocop_subject_name_trgm ON ocop_subject USING gin (name_folded gin_trgm_ops);

CREATE TABLE ocop_product (
    id                       UUID PRIMARY KEY,
    name                     TEXT          NOT NULL,
    name_folded              TEXT          NOT NULL,
    product_group            TEXT          NOT NULL REFERENCES ocop_product_group (code),
    subgroup_code            TEXT          NOT NULL,
    subject_id               UUID          NOT NULL REFERENCES ocop_subject (id),
    commune_code             CHAR(5)       NOT NULL CHECK (commune_code ~ '^[0-9]{5}$'),
    commune_name             TEXT          NOT NULL,
    province_code            CHAR(2)       NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    commune_as_of            DATE          NOT NULL,
    description              TEXT,
    raw_material_description TEXT,
    raw_material_area_ha     NUMERIC(12, 2) CHECK (raw_material_area_ha >= 0),
    -- the most recent certificate issued for the product (whatever its state); set by the certificate issuer
    current_certificate_id   BIGINT,
    -- a result above what the deciding council could certify, waiting for the next level (e.g. 90+ at province)
    proposed_for_stars       SMALLINT CHECK (proposed_for_stars BETWEEN 3 AND 5),
    proposed_on              DATE,
    proposed_by_evaluation   UUID,
    version                  BIGINT        NOT NULL DEFAULT 0,
    created_at               TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at               TIMESTAMPTZ   NOT NULL DEFAULT now(),
    FOREIGN KEY (subgroup_code, product_group) REFERENCES ocop_product_subgroup (code, group_code)
);
CREATE INDEX ocop_product_province ON ocop_product (province_code, product_group);
CREATE INDEX ocop_product_commune ON ocop_product (commune_code);
-- one product of a name per subject (names compared without diacritics)
CREATE UNIQUE INDEX ocop_product_subject_name ON ocop_product (subject_id, name_folded);
CREATE INDEX ocop_product_name_trgm ON ocop_product USING gin (name_folded gin_trgm_ops);
