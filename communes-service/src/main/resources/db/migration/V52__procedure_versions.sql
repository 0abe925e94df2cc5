-- Issue 17: the recognition procedure as data. A procedure version (steps, roles, preconditions by code, deadlines,
-- allowed moves, survey rule per level) is a JSON document with the criteria sets' lifecycle: DRAFT (editable, If-Match
-- on draft_revision) then PUBLISHED (frozen). SUPERSEDED is not stored: a published version is superseded from the
-- effective date of the next published version of its code.
CREATE TABLE procedure_version (
    id             BIGSERIAL PRIMARY KEY,
    code           TEXT    NOT NULL,
    version        INTEGER NOT NULL CHECK (version >= 1),
    status         TEXT    NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED')),
    title_vi       TEXT    NOT NULL,
    period_from    DATE    NOT NULL,
    period_to      DATE,
    effective_from DATE,
    document       JSONB   NOT NULL,
    draft_revision INTEGER NOT NULL DEFAULT 0,
    created_by     TEXT    NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at   TIMESTAMPTZ,
    published_by   TEXT,
    CONSTRAINT procedure_version_code_version UNIQUE (code, version),
    CONSTRAINT procedure_version_published CHECK (status = 'DRAFT' OR (effective_from IS NOT NULL AND published_at IS NOT NULL
        AND published_by IS NOT NULL)),
    CONSTRAINT procedure_version_period CHECK (period_to IS NULL OR period_to >= period_from)
);
-- Two officials completing the same procedure edit one draft (If-Match), never two.
CREATE UNIQUE INDEX procedure_version_one_draft ON procedure_version (code) WHERE status = 'DRAFT';

-- A dossier is pinned to the version in force on its opening date (V54 pins the dossiers opened before this issue).
ALTER TABLE dossier ADD COLUMN procedure_code TEXT;
ALTER TABLE dossier ADD COLUMN procedure_version INTEGER;

-- A step recorded after the facts it rests on, for a historical dossier, says so; the audit trail names who did it.
ALTER TABLE dossier_step ADD COLUMN backfill BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE dossier_step ADD COLUMN backfill_reason TEXT;
ALTER TABLE dossier_step ADD CONSTRAINT dossier_step_backfill_reason CHECK (NOT backfill OR backfill_reason IS NOT NULL);

-- The explicit act that moves a dossier to a newer procedure version: who, when, why, and what changed.
CREATE TABLE dossier_procedure_move (
    id            BIGSERIAL PRIMARY KEY,
    dossier_id    UUID        NOT NULL REFERENCES dossier (id),
    from_code     TEXT        NOT NULL,
    from_version  INTEGER     NOT NULL,
    to_code       TEXT        NOT NULL,
    to_version    INTEGER     NOT NULL,
    reason        TEXT        NOT NULL,
    moved_by      TEXT        NOT NULL,
    moved_roles   TEXT,
    moved_at      TIMESTAMPTZ NOT NULL,
    changes       JSONB       NOT NULL
);
CREATE INDEX dossier_procedure_move_dossier ON dossier_procedure_move (dossier_id, moved_at);
