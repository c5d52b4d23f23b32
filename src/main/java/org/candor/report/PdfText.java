package org.candor.report;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * How Candor's PDFs set text: Helvetica, and whatever Helvetica has no glyphs for, such as
 * Chinese, in a CJK font embedded as a subset of the glyphs used, so a PDF without Chinese does
 * not carry it. Every text of a PDF goes through {@link #phrase}.
 */
public final class PdfText {

  private static final Logger LOG = Logger.getLogger(PdfText.class.getName());

  /**
   * The font with Chinese glyphs: WenQuanYi Micro Hei (Apache 2.0) from the Debian package
   * fonts-wqy-microhei, or the TrueType file (",index" for a collection) named by CANDOR_CJK_FONT.
   */
  private static final String DEFAULT_CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0";

  private static final BaseFont CJK = cjkFont(System.getenv().getOrDefault("CANDOR_CJK_FONT", DEFAULT_CJK_FONT));

  public static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18, new Color(16, 42, 67));
  public static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, new Color(16, 42, 67));
  public static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
  public static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
  public static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 8, new Color(82, 96, 109));
  public static final Font OUTCOME = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, new Color(29, 78, 216));

  private PdfText() {}

  public static PdfPTable table(float... widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    return table;
  }

  public static void cell(PdfPTable table, String value, Font font) {
    PdfPCell cell = new PdfPCell(phrase(value, font));
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    cell.setPadding(4);
    table.addCell(cell);
  }

  public static Paragraph paragraph(String value, Font font) {
    return new Paragraph(phrase(value, font));
  }

  /** The text in {@code font}, and whatever that font cannot show in the CJK font of the same size and colour. */
  public static Phrase phrase(String value, Font font) {
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
      LOG.warning("No CJK font at " + file + ": Chinese text in PDFs will be missing. Install the Debian package"
          + " fonts-wqy-microhei or set CANDOR_CJK_FONT to a TrueType font with Chinese glyphs.");
      return null;
    }
    try {
      return BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
    } catch (IOException | DocumentException e) {
      LOG.warning("The CJK font " + location + " could not be read (" + e.getMessage() + "): Chinese text in PDFs will be missing.");
      return null;
    }
  }
}
