package org.candor.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Chinese in PDFs needs a CJK font from the machine (README, "Languages and accessibility"). CI
 * installs it and sets CANDOR_REQUIRE_CJK_FONT, so there a missing font fails the test; elsewhere
 * the test is skipped, saying which package to install.
 */
public final class CjkFont {

  private CjkFont() {}

  public static void assumeInstalled() {
    String font = System.getenv().getOrDefault("CANDOR_CJK_FONT", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0");
    assumeTrue(Files.isRegularFile(Path.of(font.replaceAll(",\\d+$", ""))) || "true".equals(System.getenv("CANDOR_REQUIRE_CJK_FONT")),
        "No CJK font at " + font + ": install Debian's fonts-wqy-microhei to check Chinese PDFs");
  }
}
