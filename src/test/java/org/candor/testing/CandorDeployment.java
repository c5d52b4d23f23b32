package org.candor.testing;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The real WAR as the build produced it, deployed once for every Arquillian test class of a run
 * (arquillian-suite-extension, named in arquillian.xml): one Payara Micro start instead of one per
 * class. Test classes therefore declare no deployment of their own, and share the server's memory
 * (sessions, caches, rate limits) as they already share its database.
 */
public final class CandorDeployment {

  private CandorDeployment() {}

  /** The admin password that failsafe passes to the server as CANDOR_ADMIN_PASSWORD. */
  public static final String ADMIN_PASSWORD = "it-admin-password-1";

  /**
   * A page found only in the tested deployment, whose action does not exist: a failure inside a
   * page, for the tests of what an error page discloses.
   */
  public static final String FAILING_PAGE = "app/failing-for-test.xhtml";

  @Deployment(testable = false)
  public static WebArchive war() {
    File war = new File(System.getProperty("candor.war", "target/candor.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(war + " is missing: run the tests with 'mvn verify'.");
    }
    return ShrinkWrap.create(ZipImporter.class, "candor.war").importFrom(war).as(WebArchive.class)
        .addAsWebResource(new StringAsset("""
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" xmlns:f="jakarta.faces.core" xmlns:h="jakarta.faces.html">
            <f:metadata><f:viewAction action="#{assessmentOverviewView.noSuchAction}"/></f:metadata>
            <h:body>never shown</h:body>
            </html>
            """), FAILING_PAGE);
  }
}
