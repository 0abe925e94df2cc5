-- Extensions used by search (diacritics-insensitive, trigram indexes). Both are trusted extensions:
-- the database owner can create them on a managed PostgreSQL without superuser rights.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
