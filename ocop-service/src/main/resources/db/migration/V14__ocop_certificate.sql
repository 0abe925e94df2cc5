-- OCOP certificates (giấy chứng nhận). The state is a function of the dates and of the revocation/supersession
-- facts; stored_state is what the daily job last wrote (ACTIVE -> EXPIRING -> EXPIRED), kept for reporting and
-- for notices, while the API always computes the state for the day it answers.

CREATE TABLE ocop_certificate (
    id                     BIGSERIAL PRIMARY KEY,
    number                 TEXT        NOT NULL UNIQUE,
    product_id             UUID        NOT NULL REFERENCES ocop_product (id),
    evaluation_id          UUID        NOT NULL UNIQUE REFERENCES ocop_evaluation (id),
    stars                  SMALLINT    NOT NULL CHECK (stars BETWEEN 3 AND 5),
    council_level          TEXT        NOT NULL,
    issuing_body           TEXT        NOT NULL,
    decision_number        TEXT        NOT NULL,
    issued_on              DATE        NOT NULL,
    -- last day of validity (inclusive)
    valid_until            DATE        NOT NULL,
    kind                   TEXT        NOT NULL CHECK (kind IN ('NEW', 'RE_EVALUATION')),
    -- where the certified product was made when certified: statistics count it there
    province_code          CHAR(2)     NOT NULL,
    commune_code           CHAR(5)     NOT NULL,
    commune_name           TEXT        NOT NULL,
    stored_state           TEXT        NOT NULL CHECK (stored_state IN ('ACTIVE', 'EXPIRING', 'EXPIRED', 'REVOKED', 'SUPERSEDED')),
    state_changed_on       DATE        NOT NULL,
    revoked_on             DATE,
    revocation_reason_code TEXT,
    revocation_reason      TEXT,
    revocation_decision    TEXT,
    revoked_by             TEXT,
    superseded_on          DATE,
    superseded_by_id       BIGINT REFERENCES ocop_certificate (id),
    version                BIGINT      NOT NULL DEFAULT 0,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (valid_until > issued_on),
    CHECK ((revoked_on IS NULL) = (revocation_reason_code IS NULL)),
    CHECK ((superseded_on IS NULL) = (superseded_by_id IS NULL))
);
CREATE INDEX ocop_certificate_product ON ocop_certificate (product_id, issued_on DESC);
CREATE INDEX ocop_certificate_province_issued ON ocop_certificate (province_code, issued_on);
CREATE INDEX ocop_certificate_province_valid ON ocop_certificate (province_code, valid_until);
CREATE INDEX ocop_certificate_province_revoked ON ocop_certificate (province_code, revoked_on) WHERE revoked_on IS NOT NULL;
CREATE INDEX ocop_certificate_commune ON ocop_certificate (commune_code, issued_on);
CREATE INDEX ocop_certificate_stored_state ON ocop_certificate (stored_state) WHERE stored_state IN ('ACTIVE', 'EXPIRING');

ALTER TABLE ocop_product
    ADD CONSTRAINT ocop_product_current_certificate FOREIGN KEY (current_certificate_id) REFERENCES ocop_certificate (id);
CREATE INDEX ocop_product_current_certificate ON ocop_product (current_certificate_id);

ALTER TABLE ocop_evaluation
    ADD CONSTRAINT ocop_evaluation_certificate FOREIGN KEY (certificate_id) REFERENCES ocop_certificate (id);

-- Certificate numbers: OCOP-<province>-<year>-<6-digit sequence>, one sequence per province and year of issue.
CREATE TABLE ocop_certificate_sequence (
    province_code CHAR(2)  NOT NULL,
    issue_year    SMALLINT NOT NULL,
    last_value    INTEGER  NOT NULL,
    PRIMARY KEY (province_code, issue_year)
);
