package dev.graphwright.host.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A byte size with an optional unit: {@code 1048576}, {@code 512k}, {@code 256m}, {@code 2g}. */
final class SizeConverter implements ITypeConverter<Long> {

  @Override
  public Long convert(String value) {
    var text = value.trim().toLowerCase(Locale.ROOT);
    long unit = switch (text.isEmpty() ? ' ' : text.charAt(text.length() - 1)) {
      case 'k' -> 1L << 10;
      case 'm' -> 1L << 20;
      case 'g' -> 1L << 30;
      default -> 1;
    };
    var digits = unit == 1 ? text : text.substring(0, text.length() - 1);
    try {
      long number = Long.parseLong(digits);
      if (number > 0) {
        return Math.multiplyExact(number, unit);
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // reported below
    }
    throw new TypeConversionException("'" + value + "' is not a size: use e.g. 256m or 1g");
  }
}
