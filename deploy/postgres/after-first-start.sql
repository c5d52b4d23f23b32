-- Run once after the first start (Flyway has created the tables), as the migrator or a superuser:
--
--   psql -h db.example.org -U candor_migrator -d candor -v ON_ERROR_STOP=1 -f deploy/postgres/after-first-start.sql
--
-- The default privileges of create-database.sql let the app write every table; its own migration
-- history is not one it needs to change.
\set ON_ERROR_STOP on
\if :{?app} \else \set app candor_app \endif
REVOKE INSERT, UPDATE, DELETE ON candor.flyway_schema_history FROM :"app";
