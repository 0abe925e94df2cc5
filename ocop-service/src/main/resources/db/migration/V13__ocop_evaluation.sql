-- One council's scoring of one product in one round: the members' score sheets (parts A, B, C and their items),
-- the mandatory criteria per star, and, once decided, the result.

CREATE TABLE ocop_evaluation (
    id                  UUID PRIMARY KEY,
    product_id          UUID          NOT NULL REFERENCES ocop_product (id),
    council_level       TEXT          NOT NULL CHECK (council_level IN ('COMMUNE_PRECHECK', 'DISTRICT', 'PROVINCE', 'CENTRAL')),
    council_name        TEXT,
    evaluation_date     DATE          NOT NULL,
    rule_version        TEXT          NOT NULL REFERENCES ocop_rule_version (code),
    state               TEXT          NOT NULL CHECK (state IN ('OPEN', 'DECIDED')),
    created_by          TEXT          NOT NULL,
    -- the result, set when the evaluation is decided
    score_sheets        INTEGER,
    average_score       NUMERIC(5, 2),
    band_stars          SMALLINT,
    mandatory_cap_stars SMALLINT,
    awarded_stars       SMALLINT,
    outcome             TEXT,
    proposed_for_stars  SMALLINT,
    decision_number     TEXT,
    decision_date       DATE,
    issuing_body        TEXT,
    decided_by          TEXT,
    decided_at          TIMESTAMPTZ,
    certificate_id      BIGINT,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (state = 'OPEN' OR (average_score IS NOT NULL AND outcome IS NOT NULL AND decision_date IS NOT NULL))
);
CREATE INDEX ocop_evaluation_product ON ocop_evaluation (product_id, evaluation_date DESC);
CREATE INDEX ocop_evaluation_state ON ocop_evaluation (state, evaluation_date);

CREATE TABLE ocop_score_sheet (
    id            BIGSERIAL PRIMARY KEY,
    evaluation_id UUID          NOT NULL REFERENCES ocop_evaluation (id) ON DELETE CASCADE,
    -- the authenticated actor who filed the sheet
    member        TEXT          NOT NULL,
    part_a        NUMERIC(5, 2) NOT NULL CHECK (part_a >= 0),
    part_b        NUMERIC(5, 2) NOT NULL CHECK (part_b >= 0),
    part_c        NUMERIC(5, 2) NOT NULL CHECK (part_c >= 0),
    total         NUMERIC(5, 2) NOT NULL CHECK (total >= 0 AND total <= 100),
    filed_at      TIMESTAMPTZ   NOT NULL,
    UNIQUE (evaluation_id, member)
);

CREATE TABLE ocop_score_item (
    sheet_id BIGINT        NOT NULL REFERENCES ocop_score_sheet (id) ON DELETE CASCADE,
    position INTEGER       NOT NULL,
    part     CHAR(1)       NOT NULL CHECK (part IN ('A', 'B', 'C')),
    code     TEXT          NOT NULL,
    label    TEXT,
    score    NUMERIC(5, 2) NOT NULL CHECK (score >= 0),
    PRIMARY KEY (sheet_id, position)
);

CREATE TABLE ocop_mandatory_check (
    evaluation_id  UUID    NOT NULL REFERENCES ocop_evaluation (id) ON DELETE CASCADE,
    criterion_code TEXT    NOT NULL,
    met            BOOLEAN NOT NULL,
    note           TEXT,
    PRIMARY KEY (evaluation_id, criterion_code)
);
