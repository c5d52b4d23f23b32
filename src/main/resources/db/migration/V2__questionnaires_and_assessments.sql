-- Every questionnaire version ever loaded, immutable: assessments keep pointing at the exact text.
CREATE TABLE questionnaire_version (
    id               BIGINT        NOT NULL PRIMARY KEY,
    questionnaire_id VARCHAR(100)  NOT NULL,
    version          VARCHAR(50)   NOT NULL,
    content_hash     VARCHAR(64)   NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    origin           VARCHAR(500)  NOT NULL,
    definition       VARCHAR(1000000) NOT NULL,
    first_loaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT questionnaire_version_unique UNIQUE (questionnaire_id, version)
);

CREATE TABLE assessment (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    title                 VARCHAR(200)  NOT NULL,
    description           VARCHAR(4000),
    questionnaire_id      VARCHAR(100)  NOT NULL,
    questionnaire_version VARCHAR(50)   NOT NULL,
    content_hash          VARCHAR(64)   NOT NULL,
    team_id               BIGINT        REFERENCES team (id),
    status                VARCHAR(32)   NOT NULL,
    created_by            BIGINT        NOT NULL REFERENCES account (id),
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version           BIGINT        NOT NULL,
    FOREIGN KEY (questionnaire_id, questionnaire_version)
        REFERENCES questionnaire_version (questionnaire_id, version)
);

CREATE TABLE assessment_participant (
    assessment_id BIGINT      NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    account_id    BIGINT      NOT NULL REFERENCES account (id),
    participant_role VARCHAR(16) NOT NULL,
    PRIMARY KEY (assessment_id, account_id)
);
CREATE INDEX assessment_participant_account ON assessment_participant (account_id);

-- One row per member and question; saving again replaces the value (idempotent PUT).
CREATE TABLE answer (
    id            BIGINT        NOT NULL PRIMARY KEY,
    assessment_id BIGINT        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    account_id    BIGINT        NOT NULL REFERENCES account (id),
    question_id   VARCHAR(100)  NOT NULL,
    value_json    VARCHAR(20000) NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version   BIGINT        NOT NULL,
    CONSTRAINT answer_unique UNIQUE (assessment_id, account_id, question_id)
);
