-- Recognitions of the rural communes of ranks :from..:to (database communes). Deterministic: the same ranks always
-- give the same rows. Levels: ~78 % NTM, a third of those ADVANCED, about a quarter of those MODEL.
-- Expects the temporary table bench_commune (rank, code, name, type, province_code) to be loaded.
\set ON_ERROR_STOP on
BEGIN;
-- Bulk load: rows are consistent by construction, so foreign-key triggers are skipped (constraints, CHECKs and unique
-- indexes still apply).
SET LOCAL session_replication_role = replica;

CREATE TEMP TABLE bench_rural ON COMMIT DROP AS
SELECT b.rank, c.id AS unit_id, b.code, h.h1, h.h2, h.h3, d.ntm_on,
       LEAST(GREATEST(d.ntm_on + 730 + (h.h2 % 3)::int * 365, DATE '2021-03-01' + h.h2::int), DATE '2024-12-20') AS advanced_on
FROM bench_commune b
JOIN commune c ON c.code = b.code AND c.valid_from <= DATE :'units_date' AND (c.valid_to IS NULL OR c.valid_to >= DATE :'units_date')
CROSS JOIN LATERAL (SELECT (b.rank::bigint * 2654435761) % 1000 AS h1, (b.rank::bigint * 40503 + 17) % 1000 AS h2,
                           (b.rank::bigint * 69069 + 5) % 1000 AS h3) h
CROSS JOIN LATERAL (SELECT make_date(2012 + (h.h1 % 11)::int, 1 + (h.h1 % 12)::int, 1 + (h.h2 % 28)::int) AS ntm_on) d
WHERE b.rank BETWEEN :from AND :to AND b.type = 'XA';

-- NTM first (2012-2022), ADVANCED at least two years later under the 2021-2025 set, MODEL 200 days after ADVANCED
-- (it needs ADVANCED in force), all decided by the end of 2024.
INSERT INTO recognition (id, unit_id, level, criteria_set_code, recognition_year, decision_number, decision_date, signer,
                         outstanding_field, note, recorded_at, recorded_by)
SELECT gen_random_uuid(), r.unit_id, l.level, l.set_code, extract(year FROM l.decided)::int,
       (1000 + r.rank) || '/QĐ-UBND', l.decided, 'Chủ tịch UBND tỉnh', l.field, 'synthetic (bench/generate)', now(), 'bench-generator'
FROM bench_rural r
CROSS JOIN LATERAL (VALUES
    ('NTM', CASE WHEN r.ntm_on >= DATE '2021-01-01' THEN 'QD318-NTM-2021-2025' ELSE 'QD1980-NTM-2016-2020' END, r.ntm_on,
     NULL::text, r.h1 < 780),
    ('ADVANCED', 'QD318-ADVANCED-2021-2025', r.advanced_on, NULL, r.h1 < 780 AND r.h2 < 330),
    ('MODEL', 'QD319-MODEL-2021-2025', r.advanced_on + 200, (ARRAY['PRODUCTION', 'EDUCATION', 'CULTURE', 'TOURISM'])[1 + (r.h3 % 4)::int],
     r.h1 < 780 AND r.h2 < 330 AND r.h3 < 250 AND r.advanced_on + 200 <= DATE '2024-12-31')
) AS l(level, set_code, decided, field, held)
WHERE l.held;

COMMIT;
ANALYZE commune;
ANALYZE recognition;
