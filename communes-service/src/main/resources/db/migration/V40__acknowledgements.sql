-- Merged communes (issue 16). A successor of the 1 July 2025 merger holds no level until the province acknowledges it
-- (thừa nhận) by its own decision; the predecessors' recognitions stay as they were, as history.

-- An acknowledgement is a recognition like any other (number, date, signer), of kind ACKNOWLEDGEMENT. Existing rows are
-- recognitions of the unit that earned them.
ALTER TABLE recognition
    ADD COLUMN kind            TEXT NOT NULL DEFAULT 'RECOGNITION'
        CONSTRAINT recognition_kind CHECK (kind IN ('RECOGNITION', 'ACKNOWLEDGEMENT')),
    -- Set when a province officer acknowledged a unit that was not eligible (mixed or partial merge): why.
    ADD COLUMN override_reason TEXT,
    ADD CONSTRAINT recognition_override_is_acknowledgement CHECK (override_reason IS NULL OR kind = 'ACKNOWLEDGEMENT');

-- The predecessors' recognitions an acknowledgement rests on. They are referenced, never changed.
CREATE TABLE acknowledgement_basis (
    acknowledgement_id UUID NOT NULL REFERENCES recognition (id),
    recognition_id     UUID NOT NULL REFERENCES recognition (id),
    PRIMARY KEY (acknowledgement_id, recognition_id)
);
CREATE INDEX acknowledgement_basis_recognition ON acknowledgement_basis (recognition_id);

-- derived_level gave successors a level no decision granted (the old "lowest predecessor level" rule). What is left
-- of it is a computed state: whether a successor is eligible for acknowledgement. It never counts as a level.
DROP TABLE derived_level;
CREATE TABLE merge_eligibility (
    unit_id              BIGINT PRIMARY KEY REFERENCES commune (id),
    eligible_level       TEXT CONSTRAINT merge_eligibility_level CHECK (eligible_level IN ('NTM', 'ADVANCED', 'MODEL')),
    criteria_set_code    TEXT,
    merge                TEXT        NOT NULL CONSTRAINT merge_eligibility_merge CHECK (merge IN ('FULL', 'PARTIAL')),
    composition          TEXT        NOT NULL CONSTRAINT merge_eligibility_composition CHECK (composition IN ('UNIFORM', 'MIXED', 'NONE')),
    -- predecessors held something but the merge is mixed or partial: the province must appraise it
    reappraisal_required BOOLEAN     NOT NULL,
    computed_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The shared audit trail stores no bodies; an override's reason is the one part of a body the trail must keep.
ALTER TABLE audit_event ADD COLUMN detail TEXT;
