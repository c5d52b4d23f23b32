/**
 * Who is using Candor: accounts with hashed passwords, login with throttling, browser sessions and
 * personal API tokens, and the application-wide roles. Team roles live with teams in
 * {@code organisation}.
 */
package org.candor.identity;
