package org.candor.workshop;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;

/**
 * Case texts for pages. Case files wrap their lines for editors; pages show each blank-line
 * separated paragraph as one flowing paragraph, so text fits a phone.
 */
@Named("caseTexts")
@ApplicationScoped
public class CaseTexts {

  public List<String> paragraphs(String text) {
    return split(text);
  }

  static List<String> split(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.strip().split("\\n\\s*\\n"))
        .map(p -> p.strip().replaceAll("\\s*\\n\\s*", " "))
        .filter(p -> !p.isEmpty())
        .toList();
  }
}
