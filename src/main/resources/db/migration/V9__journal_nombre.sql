-- Refusals before authentication (HTTP 401, 403, WS-Security) are journaled as one row per period, service, caller
-- address and fault key: how many calls the row stands for (1 for every other row).
ALTER TABLE journal ADD COLUMN nombre INT DEFAULT 1 NOT NULL;
