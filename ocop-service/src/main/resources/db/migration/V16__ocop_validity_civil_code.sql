-- Validity as the Civil Code counts periods (Bộ luật Dân sự 2015, Arts. 147-148; issue 21): a period of N months
-- starts on the day after the decision and ends at the end of the corresponding day of its last month (the month's
-- last day where it has no such day). Certificates were stored one day short (issued_on + N months - 1 day), so a
-- certificate showed EXPIRED on its last valid day. Java twin: vn.ntm.ocop.certificate.ValidityPeriod.
--
-- Only rows that follow the old rule move: valid_until + 1 day must be issued_on plus a whole number of months.
-- A row already counted the new way never matches (issued_on + k months never falls on the day after issued_on + N
-- months), so the migration touches nothing else and running its UPDATE again changes nothing.
UPDATE ocop_certificate c
SET valid_until = c.valid_until + 1,
    -- a certificate whose corrected last day is today or later was stored EXPIRED a day early: it is in its notice
    -- period (at most one day left). The daily job recomputes every stored state on its next run anyway.
    stored_state = CASE
        WHEN c.stored_state = 'EXPIRED' AND c.valid_until + 1 >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN 'EXPIRING'
        ELSE c.stored_state END,
    state_changed_on = CASE
        WHEN c.stored_state = 'EXPIRED' AND c.valid_until + 1 >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
            THEN (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
        ELSE c.state_changed_on END
-- Any whole number of months up to 20 years: the period was a setting (36 by default), and the month end clamping of
-- the old rule (2024-02-29 + 36 months - 1 day = 2027-02-27) defeats a months count taken with age().
WHERE EXISTS (SELECT 1 FROM generate_series(1, 240) AS m (months)
              WHERE (c.issued_on + make_interval(months => m.months))::date = c.valid_until + 1);

COMMENT ON COLUMN ocop_certificate.valid_until IS
    'Last day of validity, inclusive: issued_on + validity months, month end clamped (Civil Code Arts. 147-148).';
