-- The lab team journey: rounds, submissions, versions of an assessment, deliberation.

-- Versions: re-opening a finished assessment creates the next version pointing at the previous one.
ALTER TABLE assessment ADD COLUMN version_number INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE assessment ADD COLUMN previous_id BIGINT;
ALTER TABLE assessment ADD CONSTRAINT assessment_previous FOREIGN KEY (previous_id) REFERENCES assessment (id);
ALTER TABLE assessment ADD COLUMN round_closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment ADD COLUMN finished_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE assessment ADD COLUMN final_outcome VARCHAR(32);

-- A member's round-1 answers are final once submitted; the lead sees who submitted, never what.
CREATE TABLE submission (
    id            BIGINT NOT NULL PRIMARY KEY,
    assessment_id BIGINT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    account_id    BIGINT NOT NULL REFERENCES account (id),
    submitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT submission_unique UNIQUE (assessment_id, account_id)
);

-- The team's answer to one question, settled by the lead; row_version stops silent overwrites.
CREATE TABLE consensus_answer (
    id            BIGINT        NOT NULL PRIMARY KEY,
    assessment_id BIGINT        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id   VARCHAR(100)  NOT NULL,
    value_json    VARCHAR(20000) NOT NULL,
    rationale     VARCHAR(4000) NOT NULL,
    decided_by    BIGINT        NOT NULL REFERENCES account (id),
    decided_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version   BIGINT        NOT NULL,
    CONSTRAINT consensus_answer_unique UNIQUE (assessment_id, question_id)
);

CREATE TABLE dissent (
    id            BIGINT        NOT NULL PRIMARY KEY,
    assessment_id BIGINT        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id   VARCHAR(100)  NOT NULL,
    account_id    BIGINT        NOT NULL REFERENCES account (id),
    statement     VARCHAR(4000) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dissent_assessment ON dissent (assessment_id, question_id);

-- One discussion thread per question.
CREATE TABLE thread_post (
    id            BIGINT        NOT NULL PRIMARY KEY,
    assessment_id BIGINT        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    question_id   VARCHAR(100)  NOT NULL,
    account_id    BIGINT        NOT NULL REFERENCES account (id),
    body          VARCHAR(4000) NOT NULL,
    posted_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX thread_post_assessment ON thread_post (assessment_id, question_id);

-- The recommendation's conditions as a checklist the team ticks, with notes.
CREATE TABLE condition_check (
    id            BIGINT        NOT NULL PRIMARY KEY,
    assessment_id BIGINT        NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    condition_id  VARCHAR(100)  NOT NULL,
    done          BOOLEAN       NOT NULL,
    note          VARCHAR(2000),
    checked_by    BIGINT        NOT NULL REFERENCES account (id),
    checked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    row_version   BIGINT        NOT NULL,
    CONSTRAINT condition_check_unique UNIQUE (assessment_id, condition_id)
);
