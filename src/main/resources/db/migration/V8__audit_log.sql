-- The audit log (issue 9): one row per state change, export and aggregate view, appended in the
-- transaction of what it records. Rows are never updated or deleted: on PostgreSQL the application's
-- role keeps only SELECT and INSERT on this table (DatabaseMigration revokes the rest after every
-- migration; deploy/postgres/roles-check.sh proves it).
-- Never stored here: answer contents, free text, passwords, tokens, IP addresses.
CREATE TABLE audit_entry (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- a username, 'participant:<id>' for a workshop participant, or 'anonymous'
    actor            VARCHAR(120)             NOT NULL,
    actor_account_id BIGINT,
    action           VARCHAR(60)              NOT NULL,
    object_type      VARCHAR(40)              NOT NULL,
    object_id        VARCHAR(100),
    detail           VARCHAR(300)
);
CREATE INDEX audit_entry_occurred_at ON audit_entry (occurred_at);
CREATE INDEX audit_entry_object ON audit_entry (object_type, object_id);
CREATE INDEX audit_entry_actor ON audit_entry (actor);
