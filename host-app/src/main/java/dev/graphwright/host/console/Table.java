package dev.graphwright.host.console;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain text table: columns sized to their widest cell, numbers right-aligned. */
public final class Table {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  public Table row(List<String> cells) {
    rows.add(List.copyOf(cells));
    return this;
  }

  public int size() {
    return rows.size();
  }

  public void print(PrintStream out, String indent) {
    var widths = new int[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      widths[c] = headers.get(c).length();
    }
    for (var row : rows) {
      for (int c = 0; c < row.size() && c < widths.length; c++) {
        widths[c] = Math.max(widths[c], Math.min(row.get(c).length(), 80));
      }
    }
    out.println(indent + line(headers, widths));
    var rule = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      rule.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    out.println(indent + rule);
    for (var row : rows) {
      out.println(indent + line(row, widths));
    }
  }

  private static String line(List<String> cells, int[] widths) {
    var text = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      var cell = c < cells.size() ? cells.get(c) : "";
      if (cell.length() > 80) {
        cell = cell.substring(0, 77) + "...";
      }
      if (c > 0) {
        text.append("  ");
      }
      boolean numeric = !cell.isEmpty() && cell.matches("-?[0-9][0-9,]*(\\.[0-9]+)?");
      var format = numeric ? "%" + widths[c] + "s" : "%-" + widths[c] + "s";
      text.append(String.format(format, cell));
    }
    return text.toString().stripTrailing();
  }
}
