package io.kubeprint.core.crd;

/**
 * Go's {@code net.ParseIP} and {@code net.ParseCIDR} (through {@code netip.ParseAddr}): strict dotted-decimal
 * IPv4 (no leading zeros), IPv6 with one {@code ::} and an optional trailing IPv4, no zone.
 */
final class GoIp {
  private GoIp() {}

  /** The address's bit length (32 or 128), or {@code null} when Go's {@code net.ParseIP} refuses it. */
  static Integer parse(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        return isIpv4(s) ? 32 : null;
      }
      if (c == ':') {
        return isIpv6(s) ? 128 : null;
      }
      if (c == '%') {
        return null;
      }
    }
    return null;
  }

  /** Go's {@code net.ParseCIDR}: an address, {@code /}, and a decimal prefix length within its bits. */
  static boolean isCidr(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) {
      return false;
    }
    Integer bits = parse(s.substring(0, slash));
    String mask = s.substring(slash + 1);
    if (bits == null || mask.isEmpty() || mask.length() > 7 || !mask.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return Integer.parseInt(mask) <= bits;
  }

  static boolean isIpv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
          || (p.length() > 1 && p.charAt(0) == '0') || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean isIpv6(String in) {
    if (in.indexOf('%') >= 0) {
      return false;
    }
    String s = in;
    int ellipsis = -1;
    if (s.startsWith("::")) {
      ellipsis = 0;
      s = s.substring(2);
      if (s.isEmpty()) {
        return true;
      }
    }
    int i = 0;
    while (i < 16) {
      int off = 0;
      while (off < s.length() && Formats.isHex(s.charAt(off))) {
        off++;
      }
      if (off > 4) {
        return false;
      }
      if (off < s.length() && s.charAt(off) == '.') {
        if (ellipsis < 0 && i != 12) {
          return false;
        }
        if (i + 4 > 16 || !isIpv4(s)) {
          return false;
        }
        i += 4;
        s = "";
        break;
      }
      if (off == 0) {
        return false;
      }
      i += 2;
      s = s.substring(off);
      if (s.isEmpty()) {
        break;
      }
      if (s.charAt(0) != ':' || s.length() == 1) {
        return false;
      }
      s = s.substring(1);
      if (s.charAt(0) == ':') {
        if (ellipsis >= 0) {
          return false;
        }
        ellipsis = i;
        s = s.substring(1);
        if (s.isEmpty()) {
          break;
        }
      }
    }
    if (!s.isEmpty()) {
      return false;
    }
    if (i < 16) {
      return ellipsis >= 0;
    }
    return ellipsis < 0;
  }
}
