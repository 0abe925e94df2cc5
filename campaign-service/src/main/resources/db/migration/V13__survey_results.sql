-- The result of a closed survey (per village and question first, then the summary from the village rows), computed by SQL aggregates when it closes and never recomputed:
-- the thresholds in force at that moment are stored with it.
CREATE TABLE survey_result (
    survey_id               UUID         PRIMARY KEY REFERENCES survey (id),
    households_in_scope     INTEGER      NOT NULL,
    forms_returned          INTEGER      NOT NULL,
    coverage                NUMERIC(8,4) NOT NULL,
    coverage_floor          NUMERIC(5,4) NOT NULL,
    coverage_met            BOOLEAN      NOT NULL,
    overall_basis           TEXT         NOT NULL CHECK (overall_basis IN ('OVERALL_QUESTION', 'ALL_QUESTIONS')),
    overall_question_code   TEXT,
    overall_satisfied       INTEGER      NOT NULL,
    overall_rate            NUMERIC(5,4),
    pass_rate               NUMERIC(5,4) NOT NULL,
    every_village_must_pass BOOLEAN      NOT NULL,
    thresholds_source       TEXT         NOT NULL,
    passed                  BOOLEAN      NOT NULL,
    computed_at             TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE survey_result_question (
    survey_id                 UUID         NOT NULL REFERENCES survey (id),
    question_code             TEXT         NOT NULL,
    position                  INTEGER      NOT NULL,
    text                      TEXT         NOT NULL,
    overall                   BOOLEAN      NOT NULL,
    answered                  INTEGER      NOT NULL,
    satisfied                 INTEGER      NOT NULL,
    rate                      NUMERIC(5,4),
    not_satisfied_with_reason INTEGER      NOT NULL,
    distinct_reasons          INTEGER      NOT NULL,
    PRIMARY KEY (survey_id, question_code)
);

CREATE TABLE survey_result_village (
    survey_id           UUID         NOT NULL REFERENCES survey (id),
    village_code        TEXT         NOT NULL,
    position            INTEGER      NOT NULL,
    name                TEXT         NOT NULL,
    households_in_scope INTEGER      NOT NULL,
    forms_returned      INTEGER      NOT NULL,
    overall_satisfied   INTEGER      NOT NULL,
    coverage            NUMERIC(8,4) NOT NULL,
    overall_rate        NUMERIC(5,4),
    passed              BOOLEAN      NOT NULL,
    PRIMARY KEY (survey_id, village_code)
);

-- Reasons given for "not satisfied", grouped per question (identical normalised text), the most frequent first.
CREATE TABLE survey_result_reason (
    survey_id     UUID    NOT NULL REFERENCES survey (id),
    question_code TEXT    NOT NULL,
    rank          INTEGER NOT NULL,
    reason        TEXT    NOT NULL,
    count         INTEGER NOT NULL,
    PRIMARY KEY (survey_id, question_code, rank)
);

-- Where and when the result was made public (village cultural houses, commune office, loudspeakers).
CREATE TABLE survey_publication (
    id           BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    survey_id    UUID        NOT NULL REFERENCES survey_result (survey_id),
    published_on DATE        NOT NULL,
    places       TEXT[]      NOT NULL CHECK (cardinality(places) >= 1),
    note         TEXT        CHECK (length(note) <= 2000),
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by  TEXT        NOT NULL
);
CREATE INDEX survey_publication_survey ON survey_publication (survey_id, published_on);
