-- Administrative units and targets for the benchmark (database communes), run once before any data phase.
-- Variables: units_date (the day the national list is counted on), national_communes, year, skip_province.
--
-- The seed of communes-service already holds the real pre-reform list (10,035 commune-level units on 2024-12-31).
-- National scale is 10,600 communes: the missing ones are SYNTHETIC rural communes (type XA) with codes from 90000
-- up, a range GSO does not use (the highest real code is 32248), named "Xã Mô Phỏng 9xxxx", spread round-robin over
-- the provinces of that day except :skip_province (the province whose dashboard is measured keeps its real shape).
\set ON_ERROR_STOP on
BEGIN;

WITH provinces AS (
    SELECT p.id, p.region_code, p.valid_from, p.valid_to,
           row_number() OVER (ORDER BY p.code) - 1 AS i, count(*) OVER () AS n
    FROM province p
    WHERE p.valid_from <= DATE :'units_date' AND (p.valid_to IS NULL OR p.valid_to >= DATE :'units_date')
      AND p.code <> :'skip_province'),
missing AS (
    SELECT :national_communes - count(*) AS k
    FROM commune c
    WHERE c.valid_from <= DATE :'units_date' AND (c.valid_to IS NULL OR c.valid_to >= DATE :'units_date')
      AND c.code < '90000')
INSERT INTO commune (code, name, name_folded, type, province_id, district_code, district_name, region_code, valid_from, valid_to)
SELECT (90000 + s)::text, 'Xã Mô Phỏng ' || (90000 + s), 'xa mo phong ' || (90000 + s), 'XA', p.id, NULL, NULL,
       p.region_code, p.valid_from, p.valid_to
FROM missing
CROSS JOIN generate_series(0, missing.k - 1) s
JOIN provinces p ON p.i = s % p.n
ON CONFLICT (code, valid_from) DO NOTHING;

-- Targets of every province for the year: about 80 % NTM, 40 % advanced, 10 % model of its rural communes.
INSERT INTO province_target (province_id, year, ntm_target, advanced_target, model_target, source, updated_at, updated_by)
SELECT p.id, :year, (count(c.id) * 0.80)::int, (count(c.id) * 0.40)::int, (count(c.id) * 0.10)::int,
       'synthetic (bench/generate)', now(), 'bench-generator'
FROM province p
JOIN commune c ON c.province_id = p.id AND c.type = 'XA'
WHERE p.valid_from <= DATE :'units_date' AND (p.valid_to IS NULL OR p.valid_to >= DATE :'units_date')
GROUP BY p.id
ON CONFLICT (province_id, year) DO NOTHING;

COMMIT;
