-- The remontées sender looks for each candidate's oldest unsent row (NOT EXISTS on an earlier row of the same
-- individual): without this index that look-up reads the whole queue for every row sent.
CREATE INDEX remontee_individu ON remontee (individu_id, id);
