-- Idempotency-Key support for API calls (org.candor.platform.Idempotency): one row per caller and
-- key. A row without a response status is a claim: the first request is still running, or its node
-- died before recording the outcome (claimed_at tells which, see the lease).
CREATE TABLE idempotency_key (
    caller          VARCHAR(64)   NOT NULL,
    idempotency_key VARCHAR(255)  NOT NULL,
    request_hash    VARCHAR(64)   NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status INTEGER,
    response_type   VARCHAR(255),
    response_body   VARCHAR(100000),
    completed_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotency_key_claimed_at ON idempotency_key (claimed_at);
