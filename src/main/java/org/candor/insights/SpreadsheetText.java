package org.candor.insights;

/**
 * Text for spreadsheet cells that no spreadsheet program will run: a cell starting with = + - @,
 * a tab or a carriage return may be read as a formula (CSV injection), so it gets a leading
 * apostrophe, which spreadsheets show as text and do not display.
 */
public final class SpreadsheetText {

  private SpreadsheetText() {}

  public static String neutralise(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + text : text;
  }
}
