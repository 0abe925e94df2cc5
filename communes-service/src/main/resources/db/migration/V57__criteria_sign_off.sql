-- Sign-off per criterion (issue 17): before the appraisal council votes, each sector department confirms the criteria
-- it is responsible for (domain reference B.3 step 7 [V]), or returns them to the commune for revision.
-- One sheet per dossier carries the version (ETag) of all its sign-offs; each act is kept in sign_off_act.
CREATE TABLE sign_off_sheet (
    dossier_id UUID PRIMARY KEY REFERENCES dossier (id),
    version    INTEGER NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ
);

CREATE TABLE criterion_sign_off (
    dossier_id       UUID    NOT NULL REFERENCES dossier (id),
    criterion_number INTEGER NOT NULL,
    sector           TEXT    NOT NULL REFERENCES sector (code),
    status           TEXT    NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'RETURNED', 'CORRECTED')),
    approved_by      TEXT,
    approved_at      TIMESTAMPTZ,
    approval_note    TEXT,
    returned_by      TEXT,
    returned_at      TIMESTAMPTZ,
    return_reason    TEXT,
    corrected_at     TIMESTAMPTZ,
    PRIMARY KEY (dossier_id, criterion_number)
);

CREATE TABLE sign_off_act (
    id               BIGSERIAL PRIMARY KEY,
    dossier_id       UUID        NOT NULL REFERENCES dossier (id),
    seq              INTEGER     NOT NULL,
    criterion_number INTEGER     NOT NULL,
    sector           TEXT        NOT NULL,
    act              TEXT        NOT NULL CHECK (act IN ('APPROVE', 'RETURN', 'UNAPPROVE', 'CORRECTION')),
    acted_by         TEXT        NOT NULL,
    acted_roles      TEXT        NOT NULL,
    acted_at         TIMESTAMPTZ NOT NULL,
    note             TEXT,
    indicator_code   TEXT,
    value_before     TEXT,
    value_after      TEXT,
    CONSTRAINT sign_off_act_seq UNIQUE (dossier_id, seq)
);
