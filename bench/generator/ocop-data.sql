-- OCOP subjects, products, decided evaluations and certificates of the communes of ranks :from..:to (database ocop).
-- :products products over :communes communes: product k belongs to the commune of rank ((k - 1) % :communes) + 1,
-- so every commune has one or two. One subject (cooperative, enterprise, ...) per commune owns them. Each product has
-- one certified evaluation and its certificate: 60 % 3 stars, 30 % 4, 10 % 5, issued over the last ~6 years (relative
-- to the day of the run, so that about half are in force today, as in the real registry).
-- Evaluations carry their result but no score sheets (nothing the statistics read).
-- Expects the temporary table bench_commune (rank, code, name, type, province_code) to be loaded.
\set ON_ERROR_STOP on
BEGIN;
SET LOCAL session_replication_role = replica;

CREATE TEMP TABLE bench_subgroup ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY g.ordinal, s.ordinal) - 1 AS i, s.code, s.group_code
FROM ocop_product_subgroup s JOIN ocop_product_group g ON g.code = s.group_code;

CREATE TEMP TABLE bench_product ON COMMIT DROP AS
SELECT k, b.rank, b.code, b.name, b.province_code,
       ('be0c0002-0000-4000-8000-' || lpad(k::text, 12, '0'))::uuid AS product_id,
       ('be0c0001-0000-4000-8000-' || lpad(b.rank::text, 12, '0'))::uuid AS subject_id,
       ('be0c0003-0000-4000-8000-' || lpad(k::text, 12, '0'))::uuid AS evaluation_id,
       CASE WHEN k % 10 < 6 THEN 3 WHEN k % 10 < 9 THEN 4 ELSE 5 END AS stars,
       current_date - 20 - ((k::bigint * 7919) % 2150)::int AS issued_on
FROM generate_series(1, :products) k
JOIN bench_commune b ON b.rank = ((k - 1) % :communes) + 1
WHERE b.rank BETWEEN :from AND :to;

INSERT INTO ocop_subject (id, name, name_folded, subject_type, commune_code, commune_name, province_code, commune_as_of,
                          registration_number, representative, phone, address)
SELECT DISTINCT ON (p.rank) p.subject_id, 'Hợp tác xã Mô Phỏng ' || p.code, 'hop tac xa mo phong ' || p.code,
       (ARRAY['COOPERATIVE', 'ENTERPRISE', 'HOUSEHOLD_BUSINESS', 'COOPERATIVE_GROUP'])[1 + p.rank % 4],
       p.code, p.name, p.province_code, DATE '2024-01-15', 'BENCH-' || p.code, 'Nguyễn Văn An', '0900000000', p.name
FROM bench_product p
ORDER BY p.rank;

INSERT INTO ocop_product (id, name, name_folded, product_group, subgroup_code, subject_id, commune_code, commune_name,
                          province_code, commune_as_of, description)
SELECT p.product_id, 'Sản phẩm mô phỏng ' || p.k, 'san pham mo phong ' || p.k, g.group_code, g.code, p.subject_id,
       p.code, p.name, p.province_code, DATE '2024-01-15', 'synthetic (bench/generate)'
FROM bench_product p
JOIN bench_subgroup g ON g.i = p.k % (SELECT count(*) FROM bench_subgroup)
ORDER BY p.k;

-- Councils as QĐ 148 / 1489 give them: 3 stars by the district (by the province from 06/07/2025), 4 by the province,
-- 5 by the central council.
CREATE TEMP TABLE bench_decision ON COMMIT DROP AS
SELECT p.*, CASE WHEN p.stars = 5 THEN 'CENTRAL' WHEN p.stars = 4 OR p.issued_on >= DATE '2025-07-06' THEN 'PROVINCE'
                 ELSE 'DISTRICT' END AS council_level,
       (SELECT v.code FROM ocop_rule_version v WHERE v.effective_from <= p.issued_on - 20
        ORDER BY v.effective_from DESC LIMIT 1) AS rule_version,
       CASE p.stars WHEN 3 THEN 55 + p.k % 15 WHEN 4 THEN 70 + p.k % 20 ELSE 90 + p.k % 10 END AS score
FROM bench_product p;

INSERT INTO ocop_evaluation (id, product_id, council_level, council_name, evaluation_date, rule_version, state, created_by,
                             score_sheets, average_score, band_stars, mandatory_cap_stars, awarded_stars, outcome,
                             decision_number, decision_date, issuing_body, decided_by, decided_at)
SELECT d.evaluation_id, d.product_id, d.council_level, 'Hội đồng đánh giá OCOP (mô phỏng)', d.issued_on - 20, d.rule_version,
       'DECIDED', 'bench-generator', 0, d.score, d.stars, 5, d.stars, 'CERTIFIED',
       d.k || '/QĐ-OCOP', d.issued_on,
       CASE d.council_level WHEN 'CENTRAL' THEN 'Bộ Nông nghiệp và Môi trường' WHEN 'PROVINCE' THEN 'UBND tỉnh' ELSE 'UBND huyện' END,
       'bench-generator', d.issued_on::timestamptz
FROM bench_decision d
ORDER BY d.k;

INSERT INTO ocop_certificate (number, product_id, evaluation_id, stars, council_level, issuing_body, decision_number, issued_on,
                              valid_until, kind, province_code, commune_code, commune_name, stored_state, state_changed_on)
SELECT 'OCOP-' || d.province_code || '-' || extract(year FROM d.issued_on) || '-' || lpad(d.k::text, 6, '0'),
       d.product_id, d.evaluation_id, d.stars, d.council_level,
       CASE d.council_level WHEN 'CENTRAL' THEN 'Bộ Nông nghiệp và Môi trường' WHEN 'PROVINCE' THEN 'UBND tỉnh' ELSE 'UBND huyện' END,
       d.k || '/QĐ-OCOP', d.issued_on, v.valid_until, 'NEW', d.province_code, d.code, d.name,
       CASE WHEN v.valid_until < current_date THEN 'EXPIRED' WHEN v.valid_until - current_date <= 30 THEN 'EXPIRING' ELSE 'ACTIVE' END,
       CASE WHEN v.valid_until < current_date THEN v.valid_until + 1 ELSE d.issued_on END
FROM bench_decision d
CROSS JOIN LATERAL (SELECT (d.issued_on + interval '36 months' - interval '1 day')::date AS valid_until) v
ORDER BY d.k;

UPDATE ocop_evaluation e SET certificate_id = c.id
FROM ocop_certificate c JOIN bench_decision d ON d.evaluation_id = c.evaluation_id
WHERE e.id = c.evaluation_id;

UPDATE ocop_product p SET current_certificate_id = c.id
FROM ocop_certificate c JOIN bench_decision d ON d.evaluation_id = c.evaluation_id
WHERE p.id = c.product_id;

-- Later certificates issued through the API continue each province's yearly numbering after the generated ones.
INSERT INTO ocop_certificate_sequence (province_code, issue_year, last_value)
SELECT d.province_code, extract(year FROM d.issued_on)::smallint, max(d.k)
FROM bench_decision d GROUP BY 1, 2
ON CONFLICT (province_code, issue_year) DO UPDATE
    SET last_value = GREATEST(ocop_certificate_sequence.last_value, EXCLUDED.last_value);

COMMIT;
ANALYZE ocop_subject;
ANALYZE ocop_product;
ANALYZE ocop_evaluation;
ANALYZE ocop_certificate;
