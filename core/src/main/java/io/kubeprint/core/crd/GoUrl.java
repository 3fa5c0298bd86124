package io.kubeprint.core.crd;

/**
 * Go's {@code net/url.ParseRequestURI}, which the {@code uri} format uses (govalidator {@code IsRequestURI}):
 * an absolute URI or an absolute path; no fragment handling (a {@code #} stays in the path, and is refused in
 * a host); the host and user info checked for the characters Go allows, {@code %} escapes well-formed.
 */
final class GoUrl {
  private GoUrl() {}

  static boolean isRequestUri(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    if (raw.isEmpty()) {
      return false;
    }
    if (raw.equals("*")) {
      return true;
    }
    String scheme = "";
    String rest = raw;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        continue;
      }
      if (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.') {
        if (i == 0) {
          break;
        }
        continue;
      }
      if (c == ':') {
        if (i == 0) {
          return false; // missing protocol scheme
        }
        scheme = raw.substring(0, i);
        rest = raw.substring(i + 1);
      }
      break;
    }
    if (rest.endsWith("?") && rest.indexOf('?') == rest.length() - 1) {
      rest = rest.substring(0, rest.length() - 1);
    } else if (rest.indexOf('?') >= 0) {
      rest = rest.substring(0, rest.indexOf('?'));
    }
    if (!rest.startsWith("/")) {
      return !scheme.isEmpty(); // an opaque URI, or no URI for a request
    }
    if (!scheme.isEmpty() && rest.startsWith("//")) {
      String authority = rest.substring(2);
      int slash = authority.indexOf('/');
      if (slash >= 0) {
        rest = authority.substring(slash);
        authority = authority.substring(0, slash);
      } else {
        rest = "";
      }
      if (!isAuthority(authority)) {
        return false;
      }
    }
    return unescapes(rest, Mode.PATH);
  }

  private enum Mode { PATH, HOST, ZONE, USER }

  private static boolean isAuthority(String authority) {
    int at = authority.lastIndexOf('@');
    if (!isHost(at < 0 ? authority : authority.substring(at + 1))) {
      return false;
    }
    if (at < 0) {
      return true;
    }
    String user = authority.substring(0, at);
    for (int i = 0; i < user.length(); i++) {
      char c = user.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._:~!$&'()*+,;=%@".indexOf(c) >= 0)) {
        return false;
      }
    }
    return unescapes(user, Mode.USER);
  }

  private static boolean isHost(String host) {
    if (host.startsWith("[")) {
      int close = host.lastIndexOf(']');
      if (close < 0 || !isOptionalPort(host.substring(close + 1))) {
        return false;
      }
      int zone = host.substring(0, close).indexOf("%25");
      if (zone >= 0) {
        return unescapes(host.substring(0, zone), Mode.HOST) && unescapes(host.substring(zone, close), Mode.ZONE)
            && unescapes(host.substring(close), Mode.HOST);
      }
    } else {
      int colon = host.lastIndexOf(':');
      if (colon >= 0 && !isOptionalPort(host.substring(colon))) {
        return false;
      }
    }
    return unescapes(host, Mode.HOST);
  }

  private static boolean isOptionalPort(String port) {
    return port.isEmpty() || port.charAt(0) == ':' && port.substring(1).chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Go's {@code unescape}: every {@code %} starts two hex digits; hosts and zones allow only some characters. */
  private static boolean unescapes(String s, Mode mode) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length() || !Formats.isHex(s.charAt(i + 1)) || !Formats.isHex(s.charAt(i + 2))) {
          return false;
        }
        int v = Character.digit(s.charAt(i + 1), 16) << 4 | Character.digit(s.charAt(i + 2), 16);
        boolean pct25 = s.startsWith("%25", i);
        if (mode == Mode.HOST && Character.digit(s.charAt(i + 1), 16) < 8 && !pct25) {
          return false;
        }
        if (mode == Mode.ZONE && !pct25 && v != ' ' && v < 0x80 && !hostChar((char) v)) {
          return false;
        }
        i += 2;
      } else if ((mode == Mode.HOST || mode == Mode.ZONE) && c < 0x80 && !hostChar(c)) {
        return false;
      }
    }
    return true;
  }

  /** The ASCII characters Go's {@code shouldEscape} lets stand in a host. */
  private static boolean hostChar(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!$&'()*+,;=:[]<>\"-_.~".indexOf(c) >= 0;
  }
}
