-- Department insights at a million answers (issue 11): each submitted round-1 answer of a finished
-- team assessment, with whether it is concerning, stored once when the assessment finishes (its
-- answers never change after). The dashboard then counts from one narrow index range instead of
-- matching every answer's JSON against concerning_option at every request. The assessment's
-- questionnaire, team and quarter are copied because a finished assessment keeps them for good.
CREATE TABLE insight_answer (
    assessment_id    BIGINT       NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    account_id       BIGINT       NOT NULL,
    question_id      VARCHAR(100) NOT NULL,
    concerning       BOOLEAN      NOT NULL,
    questionnaire_id VARCHAR(100) NOT NULL,
    team_id          BIGINT       NOT NULL,
    finished_quarter INTEGER      NOT NULL,
    PRIMARY KEY (assessment_id, account_id, question_id)
);
-- Every column the dashboard reads, so that PostgreSQL answers from the index alone, in the order
-- it groups by (quarter, question, respondent): the counts stream out of the index without hashing
-- or sorting half a million rows.
CREATE INDEX insight_answer_dashboard
    ON insight_answer (questionnaire_id, finished_quarter, question_id, account_id, team_id, concerning);

-- The assessments finished before this migration (InsightAnswers.RECORD is the same statement).
INSERT INTO insight_answer (assessment_id, account_id, question_id, concerning, questionnaire_id, team_id, finished_quarter)
SELECT a.id, an.account_id, an.question_id,
       CASE WHEN EXISTS (SELECT 1 FROM concerning_option co WHERE co.questionnaire_id = a.questionnaire_id
                            AND co.questionnaire_version = a.questionnaire_version AND co.question_id = an.question_id
                            AND an.value_json LIKE co.answer_pattern ESCAPE '\') THEN TRUE ELSE FALSE END,
       a.questionnaire_id, a.team_id, a.finished_quarter
  FROM assessment a
  JOIN submission s ON s.assessment_id = a.id
  JOIN answer an ON an.assessment_id = a.id AND an.account_id = s.account_id
 WHERE a.status = 'FINISHED' AND a.team_id IS NOT NULL;
