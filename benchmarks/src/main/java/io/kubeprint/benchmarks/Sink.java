package io.kubeprint.benchmarks;

import java.io.OutputStream;

/** An output stream that keeps nothing and counts the bytes it was given, so that output cannot be elided. */
final class Sink extends OutputStream {
  private long bytes;

  @Override
  public void write(int b) {
    bytes++;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    bytes += len;
  }

  long bytes() {
    return bytes;
  }
}
