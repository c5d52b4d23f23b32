package org.candor.identity;

import jakarta.security.enterprise.credential.Credential;

/** The secret of a personal API token as sent in {@code Authorization: Bearer}. */
public record BearerTokenCredential(String token) implements Credential {}
