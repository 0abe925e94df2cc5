-- Idempotency reservations with a lease (issue 14; see vn.ntm.common.idempotency.IdempotencyStore). The instance
-- running the request renews lease_until while it runs; a reservation whose lease has passed belongs to no one, and
-- the next request with the key takes it over. holder names the request that holds the reservation, so only it may
-- complete or release it. Reservations left by the old code (no lease) are free at once.
ALTER TABLE idempotency_key ADD COLUMN holder TEXT;
ALTER TABLE idempotency_key ADD COLUMN lease_until TIMESTAMPTZ;
