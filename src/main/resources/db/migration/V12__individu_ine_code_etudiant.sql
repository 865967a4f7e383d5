-- consulterDossier, dossier and the admin search find an individual by INE or student number too.
CREATE INDEX individu_ine ON individu (etat_civil_cod_nne_ind_opi);
CREATE INDEX individu_cod_etu_opi ON individu (cod_etu_opi);
