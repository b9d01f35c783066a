-- Dateline corpus store, PostgreSQL, version 3: the article's length, for GDELT's MentionDocLen.
-- New rows get the text's length in UTF-16 code units (the unit of every offset in the store); rows stored before
-- get PostgreSQL's length(), which counts a character outside the Basic Multilingual Plane once instead of twice.
ALTER TABLE articles ADD COLUMN text_length BIGINT;
UPDATE articles SET text_length = length(text);
