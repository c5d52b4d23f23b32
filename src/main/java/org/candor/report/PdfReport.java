package org.candor.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
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
 * bundle in the report's language. Text is set in Helvetica, and whatever Helvetica has no glyphs
 * for, such as Chinese, in a CJK font embedded as a subset of the glyphs used: a report without
 * Chinese does not carry it.
 */
public final class PdfReport {

  private static final Logger LOG = Logger.getLogger(PdfReport.class.getName());

  /**
   * The font with Chinese glyphs: WenQuanYi Micro Hei (Apache 2.0) from the Debian package
   * fonts-wqy-microhei, or the TrueType file (",index" for a collection) named by CANDOR_CJK_FONT.
   */
  private static final String DEFAULT_CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0";

  private static final BaseFont CJK = cjkFont(System.getenv().getOrDefault("CANDOR_CJK_FONT", DEFAULT_CJK_FONT));

  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, new Color(16, 42, 67));
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, new Color(16, 42, 67));
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
  private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, new Color(82, 96, 109));
  private static final Font OUTCOME = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, new Color(29, 78, 216));

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

  private static PdfPTable table(float... widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    return table;
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

  private static void cell(PdfPTable table, String value, Font font) {
    PdfPCell cell = new PdfPCell(phrase(value, font));
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    cell.setPadding(4);
    table.addCell(cell);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(text.getString(key), locale).format(arguments);
  }

  private String date(Instant instant) {
    return instant == null ? "—" : Dates.format(instant, locale);
  }

  private static Paragraph paragraph(String value, Font font) {
    return new Paragraph(phrase(value, font));
  }

  /** The text in {@code font}, and whatever that font cannot show in the CJK font of the same size and colour. */
  private static Phrase phrase(String value, Font font) {
    FontSelector selector = new FontSelector();
    selector.addFont(font);
    if (CJK != null) {
      boolean bold = font.getBaseFont() != null && font.getBaseFont().getPostscriptFontName().contains("Bold");
      selector.addFont(new Font(CJK, font.getSize(), bold ? Font.BOLD : Font.NORMAL, font.getColor()));
    }
    return selector.process(value);
  }

  private static BaseFont cjkFont(String location) {
    String file = location.replaceFirst(",\\d+$", "");
    if (!Files.isReadable(Path.of(file))) {
      LOG.warning("No CJK font at " + file + ": Chinese text in PDF reports will be missing. Install the Debian package"
          + " fonts-wqy-microhei or set CANDOR_CJK_FONT to a TrueType font with Chinese glyphs.");
      return null;
    }
    try {
      return BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException | DocumentException e) {
      LOG.warning("The CJK font " + location + " could not be read (" + e.getMessage() + "): Chinese text in PDF reports will be missing.");
      return null;
    }
  }
}
