-- The provincial dashboard's reads of campaign-service, answered from indexes alone (index-only scans), in proportion
-- to the province. Each index replaces one with the same key columns, so writes maintain no more indexes than before.

-- GET /api/v1/contributions/totals?province=..[&from=..&to=..]: the sums come from the index. Without the included
-- columns the query read one heap page per contribution of the province, since contributions of a province arrive
-- interleaved with the country's (2,735 rows on 1,031 pages for Thanh Hóa at national scale, ~4 ms; by hand on 53,000
-- rows: 1,515 buffers and 2.7 ms before, 21 buffers and 0.7 ms after).
CREATE INDEX contribution_province_totals ON contribution (province_code, contributed_on)
    INCLUDE (amount_vnd, land_area_m2, working_days, materials_value_vnd);
DROP INDEX contribution_province;

-- GET /api/v1/surveys/statistics?province=..&year=..: the surveys of the province and year, with their state and id
-- (what the statistics join to the frozen results), come from the index instead of one heap page per survey.
CREATE INDEX survey_province_year_state ON survey (province_code, year) INCLUDE (state, id);
DROP INDEX survey_province_year;
