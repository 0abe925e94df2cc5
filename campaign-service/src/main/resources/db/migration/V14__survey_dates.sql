-- The day a survey refers to. A survey entered after the fact (the 2025 year of Hải Dương, whose communes ended on
-- 30 June 2025) names its commune as it was then, not as it is today: communes-service is asked on commune_as_of.
-- start_date is the day the survey opened in the field, when the caller gives it; commune_as_of is the day the commune
-- was checked on (start_date, or the day derived from the year, see SurveyDates).
ALTER TABLE survey ADD COLUMN start_date DATE;
ALTER TABLE survey ADD COLUMN commune_as_of DATE;
-- surveys created before this migration were checked on the day they were created, in Vietnam's calendar
UPDATE survey SET commune_as_of = (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date;
ALTER TABLE survey ALTER COLUMN commune_as_of SET NOT NULL;
ALTER TABLE survey ADD CONSTRAINT survey_start_in_year CHECK (start_date IS NULL OR extract(year FROM start_date) = year);
