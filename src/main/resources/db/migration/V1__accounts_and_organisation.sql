-- One sequence for every table's ids; entities allocate blocks of 50 (EclipseLink reads each value
-- as the top of a block, so the first value must be at least the block size).
CREATE SEQUENCE candor_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id              BIGINT       NOT NULL PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    display_name    VARCHAR(200) NOT NULL,
    password_hash   VARCHAR(512) NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    failed_logins   INTEGER      NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version     BIGINT       NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role)
);

CREATE TABLE api_token (
    id           BIGINT       NOT NULL PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    revoked_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_token_account ON api_token (account_id);

CREATE TABLE department (
    id          BIGINT        NOT NULL PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    row_version BIGINT        NOT NULL,
    CONSTRAINT department_name_unique UNIQUE (name)
);

CREATE TABLE department_head (
    department_id BIGINT NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    account_id    BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (department_id, account_id)
);

CREATE TABLE team (
    id            BIGINT       NOT NULL PRIMARY KEY,
    department_id BIGINT       NOT NULL REFERENCES department (id),
    name          VARCHAR(200) NOT NULL,
    row_version   BIGINT       NOT NULL,
    CONSTRAINT team_name_unique UNIQUE (department_id, name)
);

CREATE TABLE team_member (
    team_id    BIGINT      NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    team_role  VARCHAR(16) NOT NULL,
    PRIMARY KEY (team_id, account_id)
);
