-- Creates Candor's database with two least-privilege roles. Run once, as a superuser:
--
--   psql -h db.example.org -U postgres -v ON_ERROR_STOP=1 \
--        -v migrator_password="$CANDOR_DB_MIGRATION_PASSWORD" -v app_password="$CANDOR_DB_PASSWORD" \
--        -f deploy/postgres/create-database.sql
--
-- candor_migrator owns the schema and its tables: Candor connects as it only to run the Flyway
--   migrations at startup (CANDOR_DB_MIGRATION_USER / CANDOR_DB_MIGRATION_PASSWORD).
-- candor_app is what Candor runs as (CANDOR_DB_USER / CANDOR_DB_PASSWORD): it reads and writes
--   rows, and cannot create, alter, drop or own anything. Neither role is a superuser.
\set ON_ERROR_STOP on

CREATE ROLE candor_migrator LOGIN PASSWORD :'migrator_password'
    NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE ROLE candor_app LOGIN PASSWORD :'app_password'
    NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION CONNECTION LIMIT 200;

CREATE DATABASE candor OWNER candor_migrator ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE candor FROM PUBLIC;
GRANT CONNECT ON DATABASE candor TO candor_app;

\connect candor
REVOKE ALL ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA candor AUTHORIZATION candor_migrator;
GRANT USAGE ON SCHEMA candor TO candor_app;
ALTER ROLE candor_migrator IN DATABASE candor SET search_path = candor;
ALTER ROLE candor_app IN DATABASE candor SET search_path = candor;

-- Every table and sequence the migrator creates from now on is usable, not ownable, by the app.
ALTER DEFAULT PRIVILEGES FOR ROLE candor_migrator IN SCHEMA candor
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO candor_app;
ALTER DEFAULT PRIVILEGES FOR ROLE candor_migrator IN SCHEMA candor
    GRANT USAGE, SELECT ON SEQUENCES TO candor_app;
