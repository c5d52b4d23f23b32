/**
 * The audit log (issue 9): every state change, export and aggregate view, with time, actor, action
 * and object, appended by {@link org.candor.audit.AuditLog} in the transaction of what it records.
 *
 * <p>Why explicit calls in the services rather than an interceptor: the services are the narrowest
 * points that both the API resources and the pages go through, and only inside them are the object
 * (often created there) and a safe detail known; an interceptor would have to guess both from
 * parameters and return values, and a JAX-RS filter would miss the pages. Each call sits after the
 * checks, so a refused change throws before it and leaves no row, and a rolled-back one takes its
 * row with it.
 *
 * <p>Never recorded: answer contents, free text (titles, comments, dissent, notes, pseudonyms),
 * passwords, tokens or addresses. Details carry ids, roles, counts and formats only.
 */
package org.candor.audit;
