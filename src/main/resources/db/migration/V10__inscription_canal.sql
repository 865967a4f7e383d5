-- The channel of an IA (web: the student's registration; gestionnaire: a registrar's IA, operational note §II.A), the
-- registrar who recorded it, and whether it was recorded on a wish then closed (D or withdrawn) without laissez-passer.
ALTER TABLE inscription ADD COLUMN canal VARCHAR(16) DEFAULT 'web' NOT NULL;
ALTER TABLE inscription ADD COLUMN auteur VARCHAR(64);
ALTER TABLE inscription ADD COLUMN sur_voeu_ferme BOOLEAN DEFAULT FALSE NOT NULL;
-- A note on a journal row that a reader must see (a registrar's IA on a closed wish).
ALTER TABLE journal ADD COLUMN remarque VARCHAR(200);
