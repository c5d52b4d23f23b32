package org.candor.workshop;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.candor.engine.CaseSource;
import org.candor.engine.Outcome;

/** A workshop's summary as a PDF, in the style of the assessment report (OpenPDF). */
public final class SummaryPdf {

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, new Color(16, 42, 67));
  private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, new Color(16, 42, 67));
  private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
  private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);

  private final ResourceBundle text;

  public SummaryPdf(ResourceBundle text) {
    this.text = text;
  }

  public byte[] render(WorkshopSummary summary) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 48, 48, 48, 48);
    try {
      PdfWriter.getInstance(document, out);
      document.addCreator("Candor");
      document.open();
      document.add(new Paragraph(format("workshop.summary.heading", summary.questionnaireTitle()), TITLE));
      PdfPTable facts = table(1f, 3f);
      row(facts, "workshop.questionnaire", summary.questionnaireTitle() + " (" + summary.questionnaireId() + " " + summary.questionnaireVersion() + ")");
      row(facts, "workshop.case", summary.caseOutcome() == null ? null : summary.caseOutcome().title());
      row(facts, "workshop.participants", String.valueOf(summary.live().participants()));
      row(facts, "workshop.created", date(summary.createdAt()));
      row(facts, "workshop.ended", date(summary.endedAt()));
      document.add(facts);

      heading(document, "workshop.summary.room");
      document.add(new Paragraph(verdict(summary.room()), BOLD));
      if (summary.caseOutcome() != null) {
        WorkshopSummary.CaseOutcome c = summary.caseOutcome();
        heading(document, "workshop.case.whatHappened");
        document.add(new Paragraph(format("workshop.case.expected", outcome(c.expected())), BOLD));
        for (String paragraph : CaseTexts.split(c.whatHappened() + "\n\n" + c.justification())) {
          document.add(new Paragraph(paragraph, BODY));
        }
        for (CaseSource source : c.sources()) {
          document.add(new Paragraph(source.title() + " — " + source.publisher() + ", " + source.date()
              + (source.url() == null ? "" : " — " + source.url()), BODY));
        }
      }

      heading(document, "workshop.summary.questions");
      for (LiveState.TallyView q : summary.live().questions()) {
        Paragraph prompt = new Paragraph(q.prompt(), BOLD);
        prompt.setSpacingBefore(8);
        document.add(prompt);
        document.add(new Paragraph(format("workshop.answers", q.answers()) + (q.bars().isEmpty() ? " — " + q.note() : ""), BODY));
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
    Paragraph heading = new Paragraph(text.getString(key), HEADING);
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(4);
    document.add(heading);
  }

  private static PdfPTable table(float... widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    return table;
  }

  private void row(PdfPTable table, String key, String value) {
    cell(table, text.getString(key), BOLD);
    cell(table, value == null || value.isBlank() ? "—" : value, BODY);
  }

  private static void cell(PdfPTable table, String value, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(value, font));
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    cell.setPadding(4);
    table.addCell(cell);
  }

  private String format(String key, Object... arguments) {
    return new MessageFormat(text.getString(key), Locale.ENGLISH).format(arguments);
  }

  private static String date(Instant instant) {
    return instant == null ? "—" : MINUTES.format(instant);
  }
}
