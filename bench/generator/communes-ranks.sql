-- The communes of the benchmark, one CSV line each: rank, code, name, type, province code. The rank is a fixed
-- pseudo-random order (md5 of the code), so that "the first 1,000 communes" are spread over the whole country.
\set ON_ERROR_STOP on
COPY (
    SELECT row_number() OVER (ORDER BY md5(c.code), c.code) AS rank, c.code, c.name, c.type, p.code
    FROM commune c JOIN province p ON p.id = c.province_id
    WHERE c.valid_from <= DATE :'units_date' AND (c.valid_to IS NULL OR c.valid_to >= DATE :'units_date')
    ORDER BY rank
) TO STDOUT WITH (FORMAT csv);
