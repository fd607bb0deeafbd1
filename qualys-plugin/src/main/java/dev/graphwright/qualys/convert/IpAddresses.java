package dev.graphwright.qualys.convert;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Tells public IP addresses from private ones, without any DNS lookup. */
public final class IpAddresses {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]+(%\\w+)?");

  private IpAddresses() {}

  /** Whether {@code text} is an IP literal that is routable on the internet. */
  public static boolean isPublic(@Nullable String text) {
    var address = parse(text);
    if (address == null
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    var bytes = address.getAddress();
    if (address instanceof Inet4Address) {
      int first = bytes[0] & 0xff;
      int second = bytes[1] & 0xff;
      boolean carrierNat = first == 100 && second >= 64 && second <= 127;
      boolean reserved =
          first == 0 || first >= 240 || (first == 192 && second == 0 && (bytes[2] & 0xff) == 2);
      return !carrierNat && !reserved;
    }
    boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
    return address instanceof Inet6Address && !uniqueLocal;
  }

  /** Whether {@code text} is an IP literal at all. */
  public static boolean isAddress(@Nullable String text) {
    return parse(text) != null;
  }

  private static @Nullable InetAddress parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    var value = text.strip();
    boolean v4 = IPV4.matcher(value).matches();
    if (v4) {
      for (var octet : value.split("\\.")) {
        if (Integer.parseInt(octet) > 255) {
          return null;
        }
      }
    } else if (!(value.contains(":") && IPV6.matcher(value).matches())) {
      return null;
    }
    try {
      // A literal never triggers a DNS lookup.
      return InetAddress.getByName(value);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
