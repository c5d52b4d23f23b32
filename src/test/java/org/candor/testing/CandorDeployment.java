package org.candor.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR as the build produced it, for every Arquillian test. */
public final class CandorDeployment {

  private CandorDeployment() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("candor.war", "target/candor.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the tests with 'mvn verify'.");
    }
    return ShrinkWrap.create(ZipImporter.class, "candor.war").importFrom(war).as(WebArchive.class);
  }

  /** The admin password that failsafe passes to the server as CANDOR_ADMIN_PASSWORD. */
  public static final String ADMIN_PASSWORD = "it-admin-password-1";
}
