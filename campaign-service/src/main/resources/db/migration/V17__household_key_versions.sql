-- Household keys are versioned (HouseholdHasher): every hash records the version of the key that made it, so that
-- after a rotation the service still recognises households hashed under an earlier key and knows when that key can
-- be retired. Every hash made before this migration was made by the one key then in use: version 1.
ALTER TABLE survey_response
    ADD COLUMN household_key_version SMALLINT NOT NULL DEFAULT 1 CHECK (household_key_version >= 1);
