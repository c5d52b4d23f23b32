package org.candor.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Takes UPDATE, DELETE and TRUNCATE on the audit table away from every PostgreSQL role but its
 * owner, after each migration: the default privileges of deploy/postgres/create-database.sql give
 * the application's role all four on every new table, and the audit log must be append-only for it,
 * whatever a bug or a stolen application password attempts. Running it again changes nothing.
 */
public final class AppendOnlyGrants {

  private static final Logger LOG = Logger.getLogger(AppendOnlyGrants.class.getName());

  // Grantee 0 is PUBLIC. Only the owner (the migrator) keeps the privileges, as it keeps every other.
  private static final String GRANTEES =
      "SELECT DISTINCT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END"
          + " FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) a LEFT JOIN pg_roles r ON r.oid = a.grantee"
          + " WHERE c.oid = 'audit_entry'::regclass AND a.grantee <> c.relowner"
          + " AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')";

  private AppendOnlyGrants() {}

  /** On PostgreSQL, as the audit table's owner; does nothing on other databases. */
  public static void enforce(Connection connection) throws SQLException {
    if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
      return;
    }
    List<String> grantees = grantees(connection);
    try (Statement statement = connection.createStatement()) {
      for (String grantee : grantees) {
        statement.execute("REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM " + grantee);
      }
    }
    List<String> left = grantees(connection);
    if (!left.isEmpty()) {
      // Granted by someone other than the owner, whose REVOKE does not reach it.
      LOG.warning(() -> "The audit log is not append-only: " + left + " may still update or delete its rows;"
          + " revoke UPDATE, DELETE, TRUNCATE ON audit_entry from them as the role that granted it");
    } else if (!grantees.isEmpty()) {
      LOG.info(() -> "Audit log made append-only for " + grantees);
    }
  }

  private static List<String> grantees(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(GRANTEES)) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }
}
