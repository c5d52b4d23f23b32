-- Department insights (issue 7): what the dashboard aggregates in SQL is stored when an assessment
-- finishes, and each department has its own suppression threshold and re-review interval.

-- k: no figure shown to the department's heads comes from fewer respondents; never below 5.
ALTER TABLE department ADD COLUMN suppression_threshold INTEGER DEFAULT 5 NOT NULL;
ALTER TABLE department ADD CONSTRAINT department_suppression_threshold CHECK (suppression_threshold >= 5);
-- A finished assessment is due for re-review this many months after it finished.
ALTER TABLE department ADD COLUMN review_interval_months INTEGER DEFAULT 12 NOT NULL;
ALTER TABLE department ADD CONSTRAINT department_review_interval CHECK (review_interval_months BETWEEN 1 AND 120);

-- The rule that decided when the assessment finished, whether it was a red line, and how many
-- conditions it attached (the condition checklist is compared with it).
ALTER TABLE assessment ADD COLUMN fired_rule_id VARCHAR(100);
ALTER TABLE assessment ADD COLUMN red_line BOOLEAN;
ALTER TABLE assessment ADD COLUMN condition_count INTEGER;
-- The quarter finished_at falls in, in UTC, as year * 10 + quarter (20263 = 2026 Q3): both
-- databases group by it alike, and it is indexed.
ALTER TABLE assessment ADD COLUMN finished_quarter INTEGER;
UPDATE assessment SET finished_quarter = EXTRACT(YEAR FROM finished_at) * 10 + (EXTRACT(MONTH FROM finished_at) + 2) / 3
 WHERE finished_at IS NOT NULL;
CREATE INDEX assessment_insights ON assessment (questionnaire_id, team_id, finished_quarter);

-- The final dimension scores (0-10) of a finished assessment, and their band for distributions:
-- 0 = [0, 2), 1 = [2, 4), 2 = [4, 6), 3 = [6, 8), 4 = [8, 10].
CREATE TABLE assessment_score (
    assessment_id BIGINT           NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    dimension_id  VARCHAR(100)     NOT NULL,
    normalised    DOUBLE PRECISION NOT NULL,
    band          INTEGER          NOT NULL,
    PRIMARY KEY (assessment_id, dimension_id)
);

-- Which answers count as concerning, per questionnaire version (derived from its definition when
-- the insights first need it): a single/yesno answer matches value_json exactly, a multi answer
-- by LIKE '%"option"%'.
CREATE TABLE concerning_option (
    questionnaire_id      VARCHAR(100) NOT NULL,
    questionnaire_version VARCHAR(50)  NOT NULL,
    question_id           VARCHAR(100) NOT NULL,
    answer_pattern        VARCHAR(300) NOT NULL,
    PRIMARY KEY (questionnaire_id, questionnaire_version, question_id, answer_pattern)
);
