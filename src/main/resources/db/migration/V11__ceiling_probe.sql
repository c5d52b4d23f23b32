-- Rows written by the load tests' ceiling endpoint (org.candor.ceiling), which exists only when
-- CANDOR_CEILING_ENDPOINT=true. Nothing reads them; they may be deleted at any time.
CREATE TABLE ceiling_probe (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
