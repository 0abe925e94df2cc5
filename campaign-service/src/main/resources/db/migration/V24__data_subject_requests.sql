-- Data-subject requests about the survey forms of a household (Law 91/2025/QH15, issue 20). The household identifier
-- is never stored: the forms it matched when the request was received are (data_subject_request_form). The identity
-- is checked outside the system; the record says who checked it and on which kind of document, never its number.
CREATE TABLE data_subject_request (
    id                   UUID        PRIMARY KEY,
    kind                 TEXT        NOT NULL CHECK (kind IN ('ACCESS', 'CORRECTION', 'WITHDRAWAL', 'UNLINK')),
    state                TEXT        NOT NULL CHECK (state IN ('RECEIVED', 'COMPLETED', 'REFUSED')),
    commune_code         TEXT        NOT NULL CHECK (commune_code ~ '^[0-9]{5}$'),
    province_code        TEXT        NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    survey_id            UUID,
    requester            TEXT        NOT NULL CHECK (length(requester) BETWEEN 1 AND 300),
    identity_checked_by  TEXT        NOT NULL CHECK (length(identity_checked_by) BETWEEN 1 AND 300),
    identity_document    TEXT        NOT NULL CHECK (length(identity_document) BETWEEN 1 AND 100),
    received_on          DATE        NOT NULL,
    acknowledge_by       DATE        NOT NULL,
    due_on               DATE        NOT NULL,
    details              TEXT        CHECK (length(details) <= 2000),
    outcome              TEXT        CHECK (length(outcome) <= 2000),
    forms_affected       INTEGER,
    recorded_at          TIMESTAMPTZ NOT NULL,
    recorded_by          TEXT        NOT NULL,
    closed_at            TIMESTAMPTZ,
    closed_by            TEXT,
    version              BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT data_subject_request_closed CHECK ((state = 'RECEIVED') = (closed_at IS NULL))
);
CREATE INDEX data_subject_request_work_list ON data_subject_request (province_code, due_on) WHERE state = 'RECEIVED';

CREATE TABLE data_subject_request_form (
    request_id  UUID NOT NULL REFERENCES data_subject_request (id),
    response_id UUID NOT NULL,
    survey_id   UUID NOT NULL,
    PRIMARY KEY (request_id, response_id)
);

-- A corrected form's previous answers, kept as its history (the household asked for the correction); a withdrawn
-- form leaves no contents behind, only the request that withdrew it.
CREATE TABLE survey_response_history (
    response_id UUID        NOT NULL,
    survey_id   UUID        NOT NULL,
    request_id  UUID        NOT NULL REFERENCES data_subject_request (id),
    village_code TEXT       NOT NULL,
    answers     JSONB       NOT NULL,
    set_aside_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (response_id)
);
