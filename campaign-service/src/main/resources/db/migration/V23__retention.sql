-- Retention (Law 91/2025/QH15, issue 20). After its period a form's link to the household is removed, so the keyed
-- hash may be null from now on (UNIQUE still holds for the forms that keep it), and a contribution records the day its
-- contributor's name was anonymised, so a run never rewrites it twice.
ALTER TABLE survey_response ALTER COLUMN household_hash DROP NOT NULL;
ALTER TABLE contribution ADD COLUMN anonymised_on DATE;

-- What each retention run did: counts per kind of data, never contents.
CREATE TABLE retention_run (
    id      BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ran_at  TIMESTAMPTZ NOT NULL,
    trigger TEXT        NOT NULL
);
CREATE TABLE retention_run_step (
    run_id   BIGINT  NOT NULL REFERENCES retention_run (id),
    position INTEGER NOT NULL,
    kind     TEXT    NOT NULL CHECK (kind IN ('HOUSEHOLD_LINK', 'SURVEY_FORMS', 'CONTRIBUTOR_NAMES')),
    cutoff   TEXT    NOT NULL,
    affected BIGINT  NOT NULL CHECK (affected >= 0),
    basis    TEXT    NOT NULL,
    PRIMARY KEY (run_id, position)
);
-- the job's statements find closed surveys by their close
CREATE INDEX survey_closed_at ON survey (closed_at) WHERE state = 'CLOSED';
