-- The OPEN survey the ingestion benchmark sends forms to (database campaign): commune :'commune_code'
-- (:'commune_name', province :'province_code'), PERIODIC, year :year (the current one, opened today), questions Q1..Q3 (Q3 overall), ten villages
-- THON-01..THON-10 of 100,000 households each. Written directly (like the rest of the generated data) so that the
-- benchmark needs no survey-administration token; the forms themselves go through the API.
\set ON_ERROR_STOP on
BEGIN;
SET LOCAL session_replication_role = replica;

INSERT INTO survey (id, commune_code, commune_name, province_code, purpose, level, year, start_date, commune_as_of, title,
                    organiser, state, created_by, updated_by, opened_at, opened_by)
VALUES (:'survey_id', :'commune_code', :'commune_name', :'province_code', 'PERIODIC', NULL, :year, current_date, current_date,
        'Khảo sát định kỳ (benchmark ingestion)', 'Ban Thường trực Ủy ban MTTQ Việt Nam ' || :'commune_name', 'OPEN',
        'bench-generator', 'bench-generator', now(), 'bench-generator');

INSERT INTO survey_question (survey_id, code, text, overall, position)
VALUES (:'survey_id', 'Q1', 'Ông/bà có hài lòng với hệ thống giao thông, thủy lợi của xã không?', false, 1),
       (:'survey_id', 'Q2', 'Ông/bà có hài lòng với môi trường, cảnh quan của xã không?', false, 2),
       (:'survey_id', 'Q3', 'Nhìn chung, ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?', true, 3);

INSERT INTO survey_village (survey_id, code, name, households_in_scope, position)
SELECT :'survey_id', 'THON-' || lpad(v::text, 2, '0'), 'Thôn ' || v, 100000, v FROM generate_series(1, 10) v;

COMMIT;
