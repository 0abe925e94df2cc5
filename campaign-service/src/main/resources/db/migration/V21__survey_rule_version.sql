-- The recognition procedure version whose satisfaction-survey rule judged a result ("{procedureCode}/v{n}", issue 17).
-- Results frozen before the rule moved to communes-service's procedure versions keep it null: they were judged by this
-- service's own thresholds, which thresholds_source still names, and a frozen result is never rewritten.
ALTER TABLE survey_result ADD COLUMN rule_version text;
