package org.candor.workshop;

import static org.candor.report.PdfText.BODY;
import static org.candor.report.PdfText.BOLD;
import static org.candor.report.PdfText.HEADING;
import static org.candor.report.PdfText.TITLE;
import static org.candor.report.PdfText.cell;
import static org.candor.report.PdfText.paragraph;
import static org.candor.report.PdfText.table;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.candor.engine.CaseSource;
import org.candor.engine.Outcome;
import org.candor.platform.Dates;
import org.candor.platform.Text;

/** A workshop's summary as a PDF in the reader's language, set like the assessment report ({@link PdfText}). */
public final class SummaryPdf {

  private final ResourceBundle text;
  private final Locale locale;

  public SummaryPdf(Locale locale) {
    this.locale = locale;
    this.text = Text.bundle(locale);
  }

  public byte[] render(WorkshopSummary summary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.addCreator("Candor");
      document.open();
      document.add(paragraph(format("workshop.summary.heading", summary.questionnaireTitle()), TITLE));
      PdfPTable facts = table(1f, 3f);
      row(facts, "workshop.questionnaire", summary.questionnaireTitle() + " (" + summary.questionnaireId() + " " + summary.questionnaireVersion() + ")");
      row(facts, "workshop.case", summary.caseOutcome() == null ? null : summary.caseOutcome().title());
      row(facts, "workshop.participants", String.valueOf(summary.live().participants()));
      row(facts, "workshop.created", date(summary.createdAt()));
      row(facts, "workshop.ended", date(summary.endedAt()));
      document.add(facts);

      heading(document, "workshop.summary.room");
      document.add(paragraph(verdict(summary.room()), BOLD));
      if (summary.caseOutcome() != null) {
        WorkshopSummary.CaseOutcome c = summary.caseOutcome();
        heading(document, "workshop.case.whatHappened");
        document.add(paragraph(format("workshop.case.expected", outcome(c.expected())), BOLD));
        for (String paragraph : CaseTexts.split(c.whatHappened() + "\n\n" + c.justification())) {
          document.add(paragraph(paragraph, BODY));
        }
        for (CaseSource source : c.sources()) {
          document.add(paragraph(source.title() + " — " + source.publisher() + ", " + source.date()
              + (source.url() == null ? "" : " — " + source.url()), BODY));
        }
      }

      heading(document, "workshop.summary.questions");
      for (LiveState.TallyView q : summary.live().questions()) {
        Paragraph prompt = paragraph(q.prompt(), BOLD);
        prompt.setSpacingBefore(8);
        document.add(prompt);
        document.add(paragraph(format("workshop.answers", q.answers()) + (q.bars().isEmpty() ? " — " + q.note() : ""), BODY));
        if (!q.bars().isEmpty()) {
          PdfPTable bars = table(4f, 1f, 1f);
          for (LiveState.BarView bar : q.bars()) {
            cell(bars, bar.label(), BODY);
            cell(bars, String.valueOf(bar.count()), BODY);
            cell(bars, bar.percent() + " %", BODY);
          }
          document.add(bars);
        }
      }
    } catch (DocumentException e) {
      throw new IllegalStateException("The workshop summary could not be rendered", e);
    } finally {
      document.close();
    }
    return out.toByteArray();
  }

  private String verdict(WorkshopSummary.Verdict verdict) {
    if (!verdict.complete()) {
      return text.getString("workshop.room.incomplete");
    }
    return outcome(verdict.outcome()) + (verdict.reason() == null ? "" : " — " + verdict.reason());
  }

  private String outcome(Outcome outcome) {
    return outcome == null ? "—" : text.getString("outcome." + outcome.name());
  }

  private void heading(Document document, String key) {
    Paragraph heading = paragraph(text.getString(key), HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(4);
    document.add(heading);
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
