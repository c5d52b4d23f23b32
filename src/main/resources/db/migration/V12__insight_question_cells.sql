-- Department insights at a million answers (issue 11): the concerning-answers table per
-- department, questionnaire, quarter and question, counted once when an assessment finishes
-- instead of at every request. The k-threshold needs distinct respondents, and one person answers
-- in several assessments a quarter, so respondents cannot be added up from smaller groups: each
-- cell is recounted from insight_answer whenever an answer of its department, questionnaire and
-- quarter is recorded or re-flagged (InsightAnswers), and the dashboard reads the cells as they are.
-- A team keeps its department for good, so the department is fixed when the cell is counted.
CREATE TABLE insight_question_cell (
    department_id          BIGINT       NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    questionnaire_id       VARCHAR(100) NOT NULL,
    finished_quarter       INTEGER      NOT NULL,
    question_id            VARCHAR(100) NOT NULL,
    concerning_answers     INTEGER      NOT NULL,
    concerning_respondents INTEGER      NOT NULL,
    other_answers          INTEGER      NOT NULL,
    other_respondents      INTEGER      NOT NULL,
    -- people with any answer: one person can have given both kinds over the quarter
    respondents            INTEGER      NOT NULL,
    PRIMARY KEY (department_id, questionnaire_id, finished_quarter, question_id)
);

-- Every department's cells from the answers recorded so far (InsightAnswers.COUNT_CELLS, unscoped).
INSERT INTO insight_question_cell (department_id, questionnaire_id, finished_quarter, question_id,
                                   concerning_answers, concerning_respondents, other_answers, other_respondents, respondents)
SELECT department_id, questionnaire_id, finished_quarter, question_id,
       SUM(concerning), SUM(CASE WHEN concerning > 0 THEN 1 ELSE 0 END),
       SUM(other), SUM(CASE WHEN other > 0 THEN 1 ELSE 0 END), COUNT(*)
  FROM (SELECT t.department_id AS department_id, ia.questionnaire_id AS questionnaire_id,
               ia.finished_quarter AS finished_quarter, ia.question_id AS question_id,
               SUM(CASE WHEN ia.concerning THEN 1 ELSE 0 END) AS concerning,
               SUM(CASE WHEN ia.concerning THEN 0 ELSE 1 END) AS other
          FROM insight_answer ia JOIN team t ON t.id = ia.team_id
         GROUP BY t.department_id, ia.questionnaire_id, ia.finished_quarter, ia.question_id, ia.account_id) per_respondent
 GROUP BY department_id, questionnaire_id, finished_quarter, question_id;
