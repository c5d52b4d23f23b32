package org.candor.report;

import static org.candor.report.PdfText.BODY;
import static org.candor.report.PdfText.BOLD;
import static org.candor.report.PdfText.HEADING;
import static org.candor.report.PdfText.OUTCOME;
import static org.candor.report.PdfText.SMALL;
import static org.candor.report.PdfText.TITLE;
import static org.candor.report.PdfText.cell;
import static org.candor.report.PdfText.paragraph;
import static org.candor.report.PdfText.phrase;
import static org.candor.report.PdfText.table;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.candor.engine.Contribution;
import org.candor.engine.DimensionScore;
import org.candor.engine.Fact;
import org.candor.engine.PromptText;
import org.candor.platform.Dates;
import org.candor.platform.Text;
import org.candor.engine.Recommendation;
import org.candor.engine.Stage;

/**
 * Renders an {@link AssessmentReport} as a PDF a review board can file. Headings come from the
 * bundle in the report's language; text is set as {@link PdfText} sets it, Chinese included.
 */
public final class PdfReport {

  private final ResourceBundle text;
  private final Locale locale;

  /** A report with the labels of {@code org.candor.messages} in {@code locale} (English where the bundle has none). */
  public PdfReport(Locale locale) {
    this.locale = locale;
    this.text = Text.bundle(locale);
  }

  public byte[] render(AssessmentReport report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(report.title());
      document.addCreator("Candor");
      document.open();
      document.add(paragraph(format("report.heading", report.title()), TITLE));
      document.add(paragraph(format("report.generated", date(report.generatedAt())), SMALL));
      facts(document, report);
      recommendation(document, report);
      consensus(document, report);
      dissent(document, report);
      participants(document, report);
      earlierVersions(document, report);
    } catch (DocumentException e) {
      throw new IllegalStateException("The report could not be rendered", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private void facts(Document document, AssessmentReport report) {
    PdfPTable table = table(1f, 3f);
    row(table, "report.project", report.title());
    row(table, "report.description", report.description());
    row(table, "report.version", String.valueOf(report.version()));
    row(table, "report.team", report.team());
    row(table, "report.status", text.getString("status." + report.status()));
    row(table, "report.questionnaire", report.questionnaireTitle() + " (" + report.questionnaireId() + " " + report.questionnaireVersion() + ")");
    row(table, "report.contentHash", report.contentHash());
    row(table, "report.engineVersion", report.recommendation().engineVersion());
    row(table, "report.created", date(report.createdAt()));
    row(table, "report.roundClosed", date(report.roundClosedAt()));
    row(table, "report.finished", date(report.finishedAt()));
    document.add(table);
  }

  private void recommendation(Document document, AssessmentReport report) {
    Recommendation r = report.recommendation();
    heading(document, "report.recommendation");
    if (!r.complete()) {
      document.add(paragraph(format("report.incomplete", String.join(", ", r.missingRequired())), BODY));
      return;
    }
    document.add(paragraph(text.getString("outcome." + r.outcome().name()), OUTCOME));
    document.add(paragraph(format("report.firedRule", r.firedRule().id(), r.firedRule().reason()), BODY));
    document.add(paragraph(format("report.ruleCondition", r.firedRule().expression()), SMALL));
    for (Fact fact : r.firedRule().facts()) {
      document.add(paragraph("   " + fact.name() + " = " + fact.value(), SMALL));
    }
    PdfPTable scores = table(3f, 1f);
    header(scores, "report.dimension", "report.score");
    for (DimensionScore score : r.scores()) {
      cell(scores, score.label(), BODY);
      cell(scores, String.format(java.util.Locale.ROOT, "%.1f / 10", score.normalised()), BODY);
    }
    document.add(scores);
    if (!r.contributions().isEmpty()) {
      subheading(document, "report.contributions");
      PdfPTable contributions = table(2f, 2f, 1f);
      header(contributions, "report.question", "report.dimension", "report.amount");
      for (Contribution c : r.contributions()) {
        cell(contributions, c.question(), BODY);
        cell(contributions, c.dimension(), BODY);
        cell(contributions, String.format(java.util.Locale.ROOT, "%+.1f", c.amount()), BODY);
      }
      document.add(contributions);
    }
    if (!report.conditions().isEmpty()) {
      subheading(document, "report.conditions");
      for (AssessmentReport.ConditionStatus c : report.conditions()) {
        String box = c.done() ? "[x] " : "[ ] ";
        document.add(paragraph(box + c.text() + (c.note() == null ? "" : " — " + c.note()), BODY));
      }
    }
    if (r.stagePlan() != null) {
      subheading(document, "report.stagePlan");
      int n = 1;
      for (Stage stage : r.stagePlan().stages()) {
        document.add(paragraph(n++ + ". " + stage.name() + (stage.gate() == null ? "" : " — " + format("report.gate", stage.gate())), BODY));
      }
    }
    if (!r.prompts().isEmpty()) {
      subheading(document, "report.prompts");
      for (PromptText prompt : r.prompts()) {
        document.add(paragraph("• " + prompt.text(), BODY));
      }
    }
    if (!r.whatWouldChange().isEmpty()) {
      subheading(document, "report.whatWouldChange");
      for (String change : report.whatWouldChange()) {
        document.add(paragraph("• " + change, BODY));
      }
    }
  }

  private void consensus(Document document, AssessmentReport report) {
    heading(document, "report.consensus");
    if (report.consensus().isEmpty()) {
      document.add(paragraph(text.getString("report.none"), BODY));
    }
    for (AssessmentReport.Settled s : report.consensus()) {
      Paragraph item = new Paragraph();
      item.add(phrase(s.prompt() + "\n", BOLD));
      item.add(phrase(s.answer() + "\n", BODY));
      item.add(phrase(format("report.rationale", s.rationale()) + "\n", BODY));
      item.add(phrase(format("report.decided", s.decidedBy(), date(s.decidedAt())), SMALL));
      item.setSpacingAfter(6);
      document.add(item);
    }
  }

  private void dissent(Document document, AssessmentReport report) {
    heading(document, "report.dissent");
    if (report.dissent().isEmpty()) {
      document.add(paragraph(text.getString("report.none"), BODY));
    }
    for (AssessmentReport.Disagreement d : report.dissent()) {
      Paragraph item = new Paragraph();
      item.add(phrase(d.prompt() + "\n", BOLD));
      item.add(phrase(d.member() + ": " + d.statement() + "\n", BODY));
      item.add(phrase(date(d.recordedAt()), SMALL));
      item.setSpacingAfter(6);
      document.add(item);
    }
  }

  private void participants(Document document, AssessmentReport report) {
    heading(document, "report.participants");
    PdfPTable table = table(2f, 1f, 2f);
    header(table, "report.name", "report.role", "report.submitted");
    for (AssessmentReport.Person p : report.participants()) {
      cell(table, p.name(), BODY);
      cell(table, text.getString("teamRole." + p.role()), BODY);
      cell(table, p.submittedAt() == null ? "—" : date(p.submittedAt()), BODY);
    }
    document.add(table);
  }

  private void earlierVersions(Document document, AssessmentReport report) {
    if (report.earlierVersions().isEmpty()) {
      return;
    }
    heading(document, "report.earlierVersions");
    for (AssessmentReport.EarlierVersion v : report.earlierVersions()) {
      String outcome = v.outcome() == null ? "—" : text.getString("outcome." + v.outcome());
      document.add(paragraph(format("report.earlierVersion", v.version(), outcome, date(v.finishedAt())), BODY));
    }
  }

  private void heading(Document document, String key) {
    Paragraph heading = paragraph(text.getString(key), HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(4);
    document.add(heading);
  }

  private void subheading(Document document, String key) {
    Paragraph heading = paragraph(text.getString(key), BOLD);
    heading.setSpacingBefore(8);
    document.add(heading);
  }

  private void header(PdfPTable table, String... keys) {
    for (String key : keys) {
      PdfPCell cell = new PdfPCell(phrase(text.getString(key), BOLD));
      cell.setBackgroundColor(new Color(224, 232, 249));
      table.addCell(cell);
    }
  }

  private void row(PdfPTable table, String key, String value) {
    cell(table, text.getString(key), BOLD);
    cell(table, value == null || value.isBlank() ? "—" : value, BODY);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(text.getString(key), locale).format(arguments);
  }

  private String date(Instant instant) {
    return instant == null ? "—" : Dates.format(instant, locale);
  }
}
