-- Department insights at a million answers (issue 11): the concerning answers per department,
-- questionnaire, quarter and question, and the score distributions per dimension, counted when an
-- assessment finishes instead of at every request. The k-threshold needs distinct respondents, and
-- one person answers in several assessments a quarter, so respondents cannot be added up from
-- smaller groups: a department's cells of one questionnaire and quarter are recounted whenever an
-- assessment of theirs finishes or answers are re-flagged (InsightAnswers), and the dashboard reads
-- them as they are. A team keeps its department for good, so the department is fixed when counting.
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

-- Every department's cells from the answers recorded so far (InsightAnswers.COUNT_QUESTION_CELLS, unscoped).
INSERT INTO insight_question_cell (department_id, questionnaire_id, finished_quarter, question_id,
                                   concerning_answers, concerning_respondents, other_answers, other_respondents, respondents)
SELECT department_id, questionnaire_id, finished_quarter, question_id,
       SUM(concerning), SUM(CASE WHEN concerning > 0 THEN 1 ELSE 0 END),
       SUM(other), SUM(CASE WHEN other > 0 THEN 1 ELSE 0 END), COUNT(*)
  FROM (SELECT t.department_id AS department_id, a.questionnaire_id AS questionnaire_id,
               a.finished_quarter AS finished_quarter, a.question_id AS question_id,
               SUM(CASE WHEN a.concerning THEN 1 ELSE 0 END) AS concerning,
               SUM(CASE WHEN a.concerning THEN 0 ELSE 1 END) AS other
          FROM insight_answer a JOIN team t ON t.id = a.team_id
         GROUP BY t.department_id, a.questionnaire_id, a.finished_quarter, a.question_id, a.account_id) per_respondent
 GROUP BY department_id, questionnaire_id, finished_quarter, question_id;

-- Finished assessments and their round-1 respondents per score band (ScoreBand: 0 = [0, 2) …
-- 4 = [8, 10]) and in all, per department, questionnaire, quarter and dimension: one row is one
-- quarter's row of a dimension's distribution, as the threshold is applied to it.
CREATE TABLE insight_dimension_cell (
    department_id     BIGINT       NOT NULL REFERENCES department (id) ON DELETE CASCADE,
    questionnaire_id  VARCHAR(100) NOT NULL,
    finished_quarter  INTEGER      NOT NULL,
    dimension_id      VARCHAR(100) NOT NULL,
    band0_assessments INTEGER      NOT NULL,
    band0_respondents INTEGER      NOT NULL,
    band1_assessments INTEGER      NOT NULL,
    band1_respondents INTEGER      NOT NULL,
    band2_assessments INTEGER      NOT NULL,
    band2_respondents INTEGER      NOT NULL,
    band3_assessments INTEGER      NOT NULL,
    band3_respondents INTEGER      NOT NULL,
    band4_assessments INTEGER      NOT NULL,
    band4_respondents INTEGER      NOT NULL,
    assessments       INTEGER      NOT NULL,
    respondents       INTEGER      NOT NULL,
    PRIMARY KEY (department_id, questionnaire_id, finished_quarter, dimension_id)
);

-- Every department's cells from the finished assessments so far (InsightAnswers.COUNT_DIMENSION_CELLS, unscoped).
INSERT INTO insight_dimension_cell (department_id, questionnaire_id, finished_quarter, dimension_id,
                                    band0_assessments, band0_respondents, band1_assessments, band1_respondents,
                                    band2_assessments, band2_respondents, band3_assessments, band3_respondents,
                                    band4_assessments, band4_respondents, assessments, respondents)
SELECT t.department_id, a.questionnaire_id, a.finished_quarter, sc.dimension_id,
       COUNT(DISTINCT CASE WHEN sc.band = 0 THEN a.id END), COUNT(DISTINCT CASE WHEN sc.band = 0 THEN s.account_id END),
       COUNT(DISTINCT CASE WHEN sc.band = 1 THEN a.id END), COUNT(DISTINCT CASE WHEN sc.band = 1 THEN s.account_id END),
       COUNT(DISTINCT CASE WHEN sc.band = 2 THEN a.id END), COUNT(DISTINCT CASE WHEN sc.band = 2 THEN s.account_id END),
       COUNT(DISTINCT CASE WHEN sc.band = 3 THEN a.id END), COUNT(DISTINCT CASE WHEN sc.band = 3 THEN s.account_id END),
       COUNT(DISTINCT CASE WHEN sc.band = 4 THEN a.id END), COUNT(DISTINCT CASE WHEN sc.band = 4 THEN s.account_id END),
       COUNT(DISTINCT a.id), COUNT(DISTINCT s.account_id)
  FROM assessment a
  JOIN team t ON t.id = a.team_id
  JOIN submission s ON s.assessment_id = a.id
  JOIN assessment_score sc ON sc.assessment_id = a.id
 WHERE a.status = 'FINISHED'
 GROUP BY t.department_id, a.questionnaire_id, a.finished_quarter, sc.dimension_id;
