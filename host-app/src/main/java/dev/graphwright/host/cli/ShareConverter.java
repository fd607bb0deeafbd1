package dev.graphwright.host.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A share of a whole: a number from 0 to 1. */
final class ShareConverter implements ITypeConverter<Double> {

  @Override
  public Double convert(String value) {
    try {
      double share = Double.parseDouble(value);
      if (share >= 0 && share <= 1) {
        return share;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new TypeConversionException(
        "must be a number from 0 to 1 (the share of a type's objects one run may delete), got '"
            + value + "'");
  }
}
