-- Admin accounts after the management site's model: the administrator creates an account (login, name, e-mail,
-- optional mobile phone, profiles) and its owner activates it with a one-time link, setting their own password and
-- enrolling their own second factor (TOTP, or a code by e-mail). Until then the password and the factor are empty.
-- Every token and code is kept as its SHA-256, never in clear.
ALTER TABLE compte ADD COLUMN nom VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE compte ADD COLUMN telephone VARCHAR(32);
ALTER TABLE compte ADD COLUMN second_facteur VARCHAR(8);
ALTER TABLE compte MODIFY mot_de_passe VARCHAR(200) NULL;
ALTER TABLE compte MODIFY secret_totp VARCHAR(64) NULL;
-- A TOTP secret being enrolled: shown to its owner only, it replaces secret_totp once a first code confirms it.
ALTER TABLE compte ADD COLUMN secret_totp_propose VARCHAR(64);
-- The activation link (72 h, single use), sent at creation and at each reset.
ALTER TABLE compte ADD COLUMN jeton_activation VARCHAR(64);
ALTER TABLE compte ADD COLUMN activation_expire DATETIME(6);
-- The one-time code sent by e-mail (10 minutes, single use): to log in, or to confirm the enrolment of that factor.
ALTER TABLE compte ADD COLUMN code_email VARCHAR(64);
ALTER TABLE compte ADD COLUMN code_email_objet VARCHAR(16);
ALTER TABLE compte ADD COLUMN code_email_expire DATETIME(6);
ALTER TABLE compte ADD COLUMN code_email_envoye DATETIME(6);
-- The e-mailed link that lets a locked account's owner log in despite the lock (1 hour, single use).
ALTER TABLE compte ADD COLUMN jeton_deverrouillage VARCHAR(64);
ALTER TABLE compte ADD COLUMN deverrouillage_expire DATETIME(6);
-- The accounts created before: their owner set the password and enrolled a TOTP secret already.
UPDATE compte SET nom = login, second_facteur = 'TOTP';
CREATE INDEX compte_jeton_activation ON compte (jeton_activation);
CREATE INDEX compte_jeton_deverrouillage ON compte (jeton_deverrouillage);
CREATE INDEX audit_le ON audit (le);
