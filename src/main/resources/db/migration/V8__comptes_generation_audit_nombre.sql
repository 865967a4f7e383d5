-- Admin accounts: a generation bumped by deactivation, a change of profiles and a change of password; an open session
-- remembers the one it was opened with and ends when it differs (checked on every request, whichever process changed it).
ALTER TABLE compte ADD COLUMN generation INT DEFAULT 0 NOT NULL;
-- Failed logins are audited as one row per source address, account and period: how many attempts the row stands for.
ALTER TABLE audit ADD COLUMN nombre INT DEFAULT 1 NOT NULL;
