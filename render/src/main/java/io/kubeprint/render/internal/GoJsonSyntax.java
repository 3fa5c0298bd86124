package io.kubeprint.render.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The first syntax error Go's {@code encoding/json} stream decoder ({@code json.Decoder}, which kubectl reads a
 * JSON stream with) meets in a text, worded as Go words it: {@code invalid character 'a' looking for beginning of
 * object key string}, at the offset Go reports (the bytes read, the offending one included). The states and
 * messages are those of Go's {@code scanner.go}; top-level values may follow each other, as in a stream.
 */
final class GoJsonSyntax {
  /** A syntax error: Go's message and {@code SyntaxError.Offset}. */
  record Error(String message, long offset) {}

  private enum State {
    BEGIN_VALUE, BEGIN_STRING_OR_EMPTY, BEGIN_STRING, BEGIN_VALUE_OR_EMPTY, END_VALUE, IN_STRING, IN_STRING_ESC,
    IN_STRING_ESC_U1, IN_STRING_ESC_U2, IN_STRING_ESC_U3, IN_STRING_ESC_U4, NEG, ONE, ZERO, DOT, DOT0, E, E_SIGN, E0,
    LITERAL
  }

  private enum Parse { OBJECT_KEY, OBJECT_VALUE, ARRAY_VALUE }

  private GoJsonSyntax() {}

  /** The first syntax error in {@code text}, or empty when it is a stream of well-formed JSON values. */
  static Optional<Error> firstError(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Deque<Parse> stack = new ArrayDeque<>();
    State state = State.BEGIN_VALUE;
    String literal = "";
    int literalAt = 0;
    boolean inValue = false;
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xff;
      long offset = i + 1L;
      boolean again = true;
      while (again) {
        again = false;
        switch (state) {
          case BEGIN_VALUE_OR_EMPTY, BEGIN_VALUE -> {
            if (isSpace(c)) {
              break;
            }
            if (state == State.BEGIN_VALUE_OR_EMPTY && c == ']') {
              stack.pop();
              state = State.END_VALUE;
              break;
            }
            inValue = true;
            switch (c) {
              case '{' -> {
                stack.push(Parse.OBJECT_KEY);
                state = State.BEGIN_STRING_OR_EMPTY;
              }
              case '[' -> {
                stack.push(Parse.ARRAY_VALUE);
                state = State.BEGIN_VALUE_OR_EMPTY;
              }
              case '"' -> state = State.IN_STRING;
              case '-' -> state = State.NEG;
              case '0' -> state = State.ZERO;
              case 't', 'f', 'n' -> {
                literal = c == 't' ? "true" : c == 'f' ? "false" : "null";
                literalAt = 1;
                state = State.LITERAL;
              }
              default -> {
                if (c >= '1' && c <= '9') {
                  state = State.ONE;
                } else {
                  return error(c, "looking for beginning of value", offset);
                }
              }
            }
          }
          case BEGIN_STRING_OR_EMPTY, BEGIN_STRING -> {
            if (isSpace(c)) {
              break;
            }
            if (state == State.BEGIN_STRING_OR_EMPTY && c == '}') {
              stack.pop();
              state = State.END_VALUE;
              break;
            }
            if (c != '"') {
              return error(c, "looking for beginning of object key string", offset);
            }
            state = State.IN_STRING;
          }
          case END_VALUE -> {
            if (stack.isEmpty()) {
              // one top-level value is done; a stream may hold another
              inValue = false;
              state = State.BEGIN_VALUE;
              again = true;
              break;
            }
            if (isSpace(c)) {
              break;
            }
            Parse top = stack.peek();
            if (top == Parse.OBJECT_KEY) {
              if (c != ':') {
                return error(c, "after object key", offset);
              }
              stack.pop();
              stack.push(Parse.OBJECT_VALUE);
              state = State.BEGIN_VALUE;
            } else if (top == Parse.OBJECT_VALUE) {
              if (c == ',') {
                stack.pop();
                stack.push(Parse.OBJECT_KEY);
                state = State.BEGIN_STRING;
              } else if (c == '}') {
                stack.pop();
                state = State.END_VALUE;
              } else {
                return error(c, "after object key:value pair", offset);
              }
            } else {
              if (c == ',') {
                state = State.BEGIN_VALUE;
              } else if (c == ']') {
                stack.pop();
                state = State.END_VALUE;
              } else {
                return error(c, "after array element", offset);
              }
            }
          }
          case IN_STRING -> {
            if (c == '"') {
              state = State.END_VALUE;
            } else if (c == '\\') {
              state = State.IN_STRING_ESC;
            } else if (c < 0x20) {
              return error(c, "in string literal", offset);
            }
          }
          case IN_STRING_ESC -> {
            if ("bfnrt\\/\"".indexOf(c) >= 0) {
              state = State.IN_STRING;
            } else if (c == 'u') {
              state = State.IN_STRING_ESC_U1;
            } else {
              return error(c, "in string escape code", offset);
            }
          }
          case IN_STRING_ESC_U1, IN_STRING_ESC_U2, IN_STRING_ESC_U3, IN_STRING_ESC_U4 -> {
            if (Character.digit(c, 16) < 0) {
              return error(c, "in \\u hexadecimal character escape", offset);
            }
            state = switch (state) {
              case IN_STRING_ESC_U1 -> State.IN_STRING_ESC_U2;
              case IN_STRING_ESC_U2 -> State.IN_STRING_ESC_U3;
              case IN_STRING_ESC_U3 -> State.IN_STRING_ESC_U4;
              default -> State.IN_STRING;
            };
          }
          case NEG -> {
            if (c == '0') {
              state = State.ZERO;
            } else if (c >= '1' && c <= '9') {
              state = State.ONE;
            } else {
              return error(c, "in numeric literal", offset);
            }
          }
          case ONE, ZERO -> {
            if (state == State.ONE && c >= '0' && c <= '9') {
              break;
            }
            if (c == '.') {
              state = State.DOT;
            } else if (c == 'e' || c == 'E') {
              state = State.E;
            } else {
              state = State.END_VALUE;
              again = true;
            }
          }
          case DOT -> {
            if (c < '0' || c > '9') {
              return error(c, "after decimal point in numeric literal", offset);
            }
            state = State.DOT0;
          }
          case DOT0 -> {
            if (c >= '0' && c <= '9') {
              break;
            }
            if (c == 'e' || c == 'E') {
              state = State.E;
            } else {
              state = State.END_VALUE;
              again = true;
            }
          }
          case E, E_SIGN -> {
            if (state == State.E && (c == '+' || c == '-')) {
              state = State.E_SIGN;
              break;
            }
            if (c < '0' || c > '9') {
              return error(c, "in exponent of numeric literal", offset);
            }
            state = State.E0;
          }
          case E0 -> {
            if (c < '0' || c > '9') {
              state = State.END_VALUE;
              again = true;
            }
          }
          case LITERAL -> {
            char want = literal.charAt(literalAt);
            if (c != want) {
              return error(c, "in literal " + literal + " (expecting '" + want + "')", offset);
            }
            literalAt++;
            if (literalAt == literal.length()) {
              state = State.END_VALUE;
            }
          }
          default -> throw new IllegalStateException(state.toString());
        }
      }
    }
    boolean numberDone = state == State.ONE || state == State.ZERO || state == State.DOT0 || state == State.E0;
    if (inValue && !(stack.isEmpty() && (state == State.END_VALUE || numberDone))) {
      // json.Decoder reports io.ErrUnexpectedEOF, which carries no offset
      return Optional.of(new Error("unexpected EOF", -1));
    }
    return Optional.empty();
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static Optional<Error> error(int c, String context, long offset) {
    return Optional.of(new Error("invalid character " + quoteChar(c) + " " + context, offset));
  }

  /** Go's {@code quoteChar}: the byte in single quotes, escaped as {@code strconv.Quote} escapes it. */
  private static String quoteChar(int c) {
    if (c == '\'') {
      return "'\\''";
    }
    if (c == '"') {
      return "'\"'";
    }
    return switch (c) {
      case '\t' -> "'\\t'";
      case '\n' -> "'\\n'";
      case '\r' -> "'\\r'";
      default -> c < 0x20 || c == 0x7f ? String.format("'\\x%02x'", c) : "'" + (char) c + "'";
    };
  }
}
