-- Dateline corpus store, PostgreSQL, version 4: the actor list (GET /api/actors, dateline query actors) counts
-- each entity's mentions and distinct articles; with the article id in the entity index it reads the index alone
-- (docs/PERFORMANCE.md, "The HTTP API"). It replaces mentions_entity, whose lookups it serves as well.
CREATE INDEX IF NOT EXISTS mentions_entity_article ON mentions(entity_id, article_id);
DROP INDEX IF EXISTS mentions_entity;
