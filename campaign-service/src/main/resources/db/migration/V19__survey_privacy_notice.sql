-- Law 91/2025/QH15 on personal data protection (in force 01/01/2026): a survey records why it processes households'
-- answers (its purpose, already in survey.purpose), the legal basis of that processing, and the notice shown to
-- respondents before the first question. A survey opens only with both (SurveyService.open); they freeze with it.
-- Surveys opened before this version have neither: they stay as they were recorded.
ALTER TABLE survey
    ADD COLUMN legal_basis TEXT CHECK (length(legal_basis) BETWEEN 1 AND 1000),
    ADD COLUMN notice      TEXT CHECK (length(notice) BETWEEN 1 AND 10000);
