-- Run once by the postgres:17 image on an empty volume (docker-entrypoint-initdb.d): one database per service,
-- each with the extensions its search uses.
CREATE DATABASE communes;
CREATE DATABASE ocop;
CREATE DATABASE campaign;
\connect communes
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
\connect ocop
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
\connect campaign
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
