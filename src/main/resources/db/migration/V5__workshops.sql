-- Ethics workshops: live sessions a facilitator runs, joined anonymously with a code.

CREATE TABLE workshop (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    join_code             VARCHAR(16)  NOT NULL,
    facilitator_id        BIGINT       NOT NULL REFERENCES account (id),
    questionnaire_id      VARCHAR(100) NOT NULL,
    questionnaire_version VARCHAR(50)  NOT NULL,
    case_id               VARCHAR(100),
    pace                  VARCHAR(16)  NOT NULL,
    status                VARCHAR(16)  NOT NULL,
    current_question      INTEGER      NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at              TIMESTAMP WITH TIME ZONE,
    row_version           BIGINT       NOT NULL,
    CONSTRAINT workshop_join_code UNIQUE (join_code)
);

-- Questions whose distribution the facilitator has revealed (still shown only from 5 answers).
CREATE TABLE workshop_revealed (
    workshop_id BIGINT       NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    question_id VARCHAR(100) NOT NULL,
    PRIMARY KEY (workshop_id, question_id)
);

-- Anonymous participants: a pseudonym and the hash of the random token in their cookie. No address,
-- no user agent, no account; the time is kept to the hour.
CREATE TABLE workshop_participant (
    id          BIGINT      NOT NULL PRIMARY KEY,
    workshop_id BIGINT      NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
    pseudonym   VARCHAR(40) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    joined_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT workshop_participant_token UNIQUE (token_hash)
);

CREATE TABLE workshop_answer (
    id             BIGINT         NOT NULL PRIMARY KEY,
    participant_id BIGINT         NOT NULL REFERENCES workshop_participant (id) ON DELETE CASCADE,
    question_id    VARCHAR(100)   NOT NULL,
    value_json     VARCHAR(20000) NOT NULL,
    answered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version    BIGINT         NOT NULL,
    CONSTRAINT workshop_answer_unique UNIQUE (participant_id, question_id)
);
CREATE INDEX workshop_participant_workshop ON workshop_participant (workshop_id);
