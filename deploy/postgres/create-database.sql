-- Creates Candor's database with two least-privilege roles. Run once, as a superuser:
--
--   psql -h db.example.org -U postgres -v ON_ERROR_STOP=1 \
--        -v migrator_password="$CANDOR_DB_MIGRATION_PASSWORD" -v app_password="$CANDOR_DB_PASSWORD" \
--        -f deploy/postgres/create-database.sql
--
-- Names can be changed with -v database=… -v migrator=… -v app=… (defaults: candor, candor_migrator,
-- candor_app; the schema is always "candor").
--
-- candor_migrator owns the schema and its tables: Candor connects as it only to run the Flyway
--   migrations at startup (CANDOR_DB_MIGRATION_USER / CANDOR_DB_MIGRATION_PASSWORD).
-- candor_app is what Candor runs as (CANDOR_DB_USER / CANDOR_DB_PASSWORD): it reads and writes
--   rows, and cannot create, alter, drop or own anything. Neither role is a superuser.
\set ON_ERROR_STOP on
\if :{?database} \else \set database candor \endif
\if :{?migrator} \else \set migrator candor_migrator \endif
\if :{?app} \else \set app candor_app \endif

CREATE ROLE :"migrator" LOGIN PASSWORD :'migrator_password'
    NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
CREATE ROLE :"app" LOGIN PASSWORD :'app_password'
    NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION CONNECTION LIMIT 200;

CREATE DATABASE :"database" OWNER :"migrator" ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO :"app";

\connect :"database"
REVOKE ALL ON SCHEMA public FROM PUBLIC;
CREATE SCHEMA candor AUTHORIZATION :"migrator";
GRANT USAGE ON SCHEMA candor TO :"app";
ALTER ROLE :"migrator" IN DATABASE :"database" SET search_path = candor;
ALTER ROLE :"app" IN DATABASE :"database" SET search_path = candor;

-- Every table and sequence the migrator creates from now on is usable, not ownable, by the app.
ALTER DEFAULT PRIVILEGES FOR ROLE :"migrator" IN SCHEMA candor
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"migrator" IN SCHEMA candor
    GRANT USAGE, SELECT ON SEQUENCES TO :"app";
