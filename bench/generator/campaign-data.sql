-- Campaigns, contributions, satisfaction surveys, forms and frozen results of the communes of ranks :from..:to
-- (database campaign).
-- * one province-wide campaign per province ("Cả nước chung sức xây dựng nông thôn mới"), five contributions per commune;
-- * one survey of year :year per commune (RECOGNITION for rural communes, PERIODIC otherwise), three questions
--   (Q3 is the overall one), four villages; :responses forms over :communes communes (commune of rank r gets
--   floor(:responses * r / :communes) - floor(:responses * (r - 1) / :communes), about 189), three answers each;
-- * one survey in twenty stays OPEN (the dashboard counts its forms live); the others are CLOSED with their result
--   frozen by the same SQL aggregates as campaign-service's ResultFreezer (pass rate 0.90, coverage floor 0.60, the
--   service's defaults).
-- Form ids and household hashes are deterministic; household hashes are SHA-256 of a synthetic text, not the
-- service's HMAC, so they can never match a household sent through the API.
-- Expects the temporary table bench_commune (rank, code, name, type, province_code) to be loaded.
\set ON_ERROR_STOP on
BEGIN;
SET LOCAL session_replication_role = replica;
SET LOCAL work_mem = '256MB';

INSERT INTO campaign (id, name, name_folded, kind, organiser, scope_type, province_code, start_date, end_date, description,
                      created_by, updated_by)
SELECT DISTINCT ON (b.province_code)
       ('be0c0010-0000-4000-8000-' || lpad(b.province_code, 12, '0'))::uuid,
       'Cả nước chung sức xây dựng nông thôn mới (tỉnh ' || b.province_code || ')',
       'ca nuoc chung suc xay dung nong thon moi (tinh ' || b.province_code || ')',
       'EMULATION_MOVEMENT', 'UBND tỉnh', 'PROVINCE', b.province_code, DATE '2021-01-01', DATE '2025-12-31',
       'synthetic (bench/generate)', 'bench-generator', 'bench-generator'
FROM bench_commune b
WHERE b.rank BETWEEN :from AND :to
ORDER BY b.province_code
ON CONFLICT (id) DO NOTHING;

INSERT INTO contribution (id, campaign_id, commune_code, commune_name, province_code, kind, contributed_on, source,
                          amount_vnd, land_area_m2, working_days, materials_description, materials_value_vnd, recorded_by)
SELECT ('be0c0011-0000-4000-8000-' || lpad((b.rank * 10 + j)::text, 12, '0'))::uuid,
       ('be0c0010-0000-4000-8000-' || lpad(b.province_code, 12, '0'))::uuid,
       b.code, b.name, b.province_code, k.kind, DATE '2021-02-01' + ((b.rank * 37 + j * 101) % 1400),
       'Nhân dân thôn ' || j,
       CASE WHEN k.kind = 'MONEY' THEN 5000000 * (1 + (b.rank + j) % 40) END,
       CASE WHEN k.kind = 'LAND' THEN 50 + (b.rank % 400) END,
       CASE WHEN k.kind = 'LABOUR' THEN 20 + (b.rank % 300) END,
       CASE WHEN k.kind = 'MATERIALS' THEN 'Xi măng, cát, đá làm đường liên thôn' END,
       CASE WHEN k.kind = 'MATERIALS' THEN 2000000 * (1 + b.rank % 25) END,
       'bench-generator'
FROM bench_commune b
CROSS JOIN generate_series(1, 5) j
CROSS JOIN LATERAL (SELECT (ARRAY['MONEY', 'LAND', 'LABOUR', 'MATERIALS', 'MONEY'])[j] AS kind) k
WHERE b.rank BETWEEN :from AND :to;

CREATE TEMP TABLE bench_survey ON COMMIT DROP AS
SELECT b.rank, b.code, b.name, b.type, b.province_code,
       ('be0c0020-0000-4000-8000-' || lpad(b.rank::text, 12, '0'))::uuid AS id,
       (floor(:responses::numeric * b.rank / :communes) - floor(:responses::numeric * (b.rank - 1) / :communes))::int AS forms,
       floor(:responses::numeric * (b.rank - 1) / :communes)::bigint AS first_form,
       b.rank % 20 = 0 AS open
FROM bench_commune b
WHERE b.rank BETWEEN :from AND :to;

INSERT INTO survey (id, commune_code, commune_name, province_code, purpose, level, year, start_date, commune_as_of, title,
                    organiser, state, created_at, created_by, updated_at, updated_by, opened_at, opened_by, closed_at, closed_by)
SELECT s.id, s.code, s.name, s.province_code,
       CASE WHEN s.type = 'XA' THEN 'RECOGNITION' ELSE 'PERIODIC' END,
       CASE WHEN s.type = 'XA' THEN (ARRAY['NTM', 'ADVANCED', 'MODEL'])[1 + s.rank % 3] END,
       :year, make_date(:year, 9, 1), make_date(:year, 9, 1), 'Lấy ý kiến sự hài lòng của người dân ' || s.name || ' năm ' || :year,
       'Ban Thường trực Ủy ban MTTQ Việt Nam ' || s.name, CASE WHEN s.open THEN 'OPEN' ELSE 'CLOSED' END,
       make_timestamptz(:year, 8, 20, 2, 0, 0, 'UTC'), 'bench-generator', make_timestamptz(:year, 8, 20, 2, 0, 0, 'UTC'), 'bench-generator',
       make_timestamptz(:year, 9, 1, 1, 0, 0, 'UTC'), 'bench-generator',
       CASE WHEN NOT s.open THEN make_timestamptz(:year, 10, 15, 9, 0, 0, 'UTC') END, CASE WHEN NOT s.open THEN 'bench-generator' END
FROM bench_survey s ORDER BY s.rank;

INSERT INTO survey_question (survey_id, code, text, overall, position)
SELECT s.id, q.code, q.text, q.overall, q.position
FROM bench_survey s
CROSS JOIN (VALUES ('Q1', 'Ông/bà có hài lòng với hệ thống giao thông, thủy lợi của xã không?', false, 1),
                   ('Q2', 'Ông/bà có hài lòng với môi trường, cảnh quan của xã không?', false, 2),
                   ('Q3', 'Nhìn chung, ông/bà có hài lòng với kết quả xây dựng nông thôn mới của xã không?', true, 3))
     AS q(code, text, overall, position);

INSERT INTO survey_village (survey_id, code, name, households_in_scope, position)
SELECT s.id, 'THON-' || v, 'Thôn ' || v, greatest(1, ceil(s.forms / 4.0 / 0.8))::int, v
FROM bench_survey s CROSS JOIN generate_series(1, 4) v;

INSERT INTO survey_response (id, survey_id, village_code, household_hash, content_hash, questionnaire_version, channel,
                             collected_at, received_at, recorded_by)
SELECT ('be0c0030-0000-4000-8000-' || lpad((s.first_form + i)::text, 12, '0'))::uuid, s.id, 'THON-' || (1 + i % 4),
       sha256(convert_to('bench household ' || s.id || ' ' || i, 'UTF8')),
       sha256(convert_to('bench form ' || s.id || ' ' || i, 'UTF8')), 1,
       CASE WHEN i % 3 = 0 THEN 'PAPER' ELSE 'APP' END,
       make_timestamptz(:year, 9, 2, 1, 0, 0, 'UTC') + i * interval '7 minutes',
       make_timestamptz(:year, 9, 2, 1, 0, 0, 'UTC') + i * interval '7 minutes' + interval '1 hour', 'bench-generator'
FROM bench_survey s CROSS JOIN LATERAL generate_series(1, s.forms) i
ORDER BY s.first_form + i;

-- About 90 % (Q1), 87 % (Q2) and 92 % (Q3) satisfied, ± 3 points from one commune to another (so some surveys fail);
-- half of the dissatisfied give one of four reasons.
INSERT INTO survey_answer (response_id, survey_id, question_code, satisfied, reason)
SELECT ('be0c0030-0000-4000-8000-' || lpad(f.g::text, 12, '0'))::uuid, s.id, q.code, x.satisfied,
       CASE WHEN NOT x.satisfied AND f.g % 2 = 0 THEN (ARRAY['Đường liên thôn xuống cấp, chưa có rãnh thoát nước',
           'Rác thải chưa được thu gom thường xuyên', 'Nước sạch chưa đến được các hộ cuối thôn',
           'Đèn chiếu sáng đường thôn còn thiếu'])[1 + (f.g / 2) % 4] END
FROM bench_survey s
CROSS JOIN LATERAL generate_series(1, s.forms) i
CROSS JOIN LATERAL (SELECT s.first_form + i AS g) f
CROSS JOIN (VALUES ('Q1', 1, 900), ('Q2', 2, 870), ('Q3', 3, 920)) AS q(code, n, per_mille)
CROSS JOIN LATERAL (SELECT (f.g * 2654435761 + q.n * 40503) % 1000 < q.per_mille - 30 + (s.rank * 37) % 60 AS satisfied) x
ORDER BY f.g, q.n;

-- Results of the closed surveys, as ResultFreezer computes them.
INSERT INTO survey_result_village (survey_id, village_code, position, name, households_in_scope, forms_returned,
                                   overall_satisfied, coverage, overall_rate, passed)
SELECT v.survey_id, v.code, v.position, v.name, v.households_in_scope, coalesce(p.forms, 0), coalesce(p.satisfied, 0),
       round(coalesce(p.forms, 0)::numeric / v.households_in_scope, 4),
       CASE WHEN p.forms > 0 THEN round(p.satisfied::numeric / p.forms, 4) END,
       coalesce(p.forms > 0 AND p.satisfied >= 0.90 * p.forms, false)
FROM survey_village v
JOIN bench_survey s ON s.id = v.survey_id AND NOT s.open
LEFT JOIN (SELECT r.survey_id, r.village_code, count(*) AS forms, count(*) FILTER (WHERE a.satisfied) AS satisfied
           FROM survey_response r
           JOIN bench_survey s ON s.id = r.survey_id AND NOT s.open
           LEFT JOIN survey_answer a ON a.response_id = r.id AND a.question_code = 'Q3'
           GROUP BY r.survey_id, r.village_code) p ON p.survey_id = v.survey_id AND p.village_code = v.code;

INSERT INTO survey_result_question (survey_id, question_code, position, text, overall, answered, satisfied, rate,
                                    not_satisfied_with_reason, distinct_reasons)
SELECT q.survey_id, q.code, q.position, q.text, q.overall, coalesce(a.answered, 0), coalesce(a.satisfied, 0),
       CASE WHEN a.answered > 0 THEN round(a.satisfied::numeric / a.answered, 4) END,
       coalesce(a.with_reason, 0), coalesce(a.distinct_reasons, 0)
FROM survey_question q
JOIN bench_survey s ON s.id = q.survey_id AND NOT s.open
LEFT JOIN (SELECT a.survey_id, a.question_code, count(*) AS answered, count(*) FILTER (WHERE a.satisfied) AS satisfied,
                  count(a.reason) AS with_reason, count(DISTINCT a.reason) AS distinct_reasons
           FROM survey_answer a JOIN bench_survey s ON s.id = a.survey_id AND NOT s.open
           GROUP BY a.survey_id, a.question_code) a ON a.survey_id = q.survey_id AND a.question_code = q.code;

INSERT INTO survey_result_reason (survey_id, question_code, rank, reason, count)
SELECT survey_id, question_code, rank, reason, n
FROM (SELECT a.survey_id, a.question_code, a.reason, count(*) AS n,
             row_number() OVER (PARTITION BY a.survey_id, a.question_code ORDER BY count(*) DESC, a.reason) AS rank
      FROM survey_answer a JOIN bench_survey s ON s.id = a.survey_id AND NOT s.open
      WHERE a.reason IS NOT NULL
      GROUP BY a.survey_id, a.question_code, a.reason) ranked
WHERE rank <= 20;

INSERT INTO survey_result (survey_id, households_in_scope, forms_returned, coverage, coverage_floor, coverage_met,
                           overall_basis, overall_question_code, overall_satisfied, overall_rate, pass_rate,
                           every_village_must_pass, thresholds_source, passed, computed_at)
SELECT t.survey_id, t.h, t.f, round(t.f::numeric / t.h, 4), 0.60, t.f >= 0.60 * t.h,
       'OVERALL_QUESTION', 'Q3', t.s, CASE WHEN t.f > 0 THEN round(t.s::numeric / t.f, 4) END, 0.90,
       false, 'synthetic (bench/generate): campaign-service defaults, pass rate 0.90, coverage floor 0.60',
       t.f > 0 AND t.f >= 0.60 * t.h AND t.s >= 0.90 * t.f, make_timestamptz(:year, 10, 15, 9, 0, 0, 'UTC')
FROM (SELECT v.survey_id, sum(v.households_in_scope) AS h, sum(v.forms_returned) AS f, sum(v.overall_satisfied) AS s
      FROM survey_result_village v JOIN bench_survey s ON s.id = v.survey_id AND NOT s.open
      GROUP BY v.survey_id) t;

COMMIT;
ANALYZE campaign;
ANALYZE contribution;
ANALYZE survey;
ANALYZE survey_village;
ANALYZE survey_question;
ANALYZE survey_response;
ANALYZE survey_answer;
ANALYZE survey_result;
ANALYZE survey_result_village;
