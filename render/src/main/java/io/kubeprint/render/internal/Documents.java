package io.kubeprint.render.internal;

import io.kubeprint.core.meta.KubeObject;
import io.kubeprint.render.SecretMode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The documents of a bundle written ahead, in bundle order, and handed to an {@link Emitter} in apply order: so that
 * each object is written while validation has it in cache ({@code Validator.EachObject}), and nothing is handed on
 * before validation has passed. A document is kept as the ASCII text {@link Emitter#write(KubeObject, SecretMode)}
 * gives it (the direct writer's, or {@link BlockYaml}'s of its tree); the rare object that needs Jackson's generator,
 * whose text depends on its place in the stream, is written by the emitter when its turn comes.
 *
 * <p>The text lives in blocks of {@value #BLOCK} bytes, each document in one block (a larger one in a block of its
 * own), so that keeping a large bundle's text copies nothing as it grows.
 */
public final class Documents {
  private static final int BLOCK = 1 << 17;
  private static final int BATCH = 128;

  private final SecretMode mode;
  private final KubeObject[] objects;
  /** Each document's block, offset in it and length; a length of -1 for one the emitter writes itself. */
  private final int[] block;
  private final int[] offset;
  private final int[] length;
  /** What apply order compares, read from each object as it is written, while it is in cache. */
  private final ApplyOrder order;
  private final List<byte[]> blocks = new ArrayList<>();
  /** The block small documents go into, its position in {@link #blocks}, and how much of it they fill. */
  private byte[] current;
  private int currentBlock;
  private int used;
  /** The positions of the objects taken and not yet written. */
  private final int[] pending = new int[BATCH];
  private int waiting;
  /** One document's text as it is written, reused. */
  private final AsciiText scratch = new AsciiText(4096);

  /** A store for the documents of {@code size} objects, their Secret values written as {@code mode} says. */
  public Documents(int size, SecretMode mode) {
    this.mode = mode;
    this.objects = new KubeObject[size];
    this.block = new int[size];
    this.offset = new int[size];
    this.length = new int[size];
    this.order = new ApplyOrder(size);
  }

  /**
   * Takes {@code o}, the bundle's object at position {@code at}, and writes the documents of the last
   * {@value #BATCH} objects taken when it makes that many. Writing a batch at a time rather than each object as it
   * comes keeps both the writer's code and validation's in the processor's caches, while the batch's objects are
   * still in its data cache.
   */
  public void add(KubeObject o, int at) {
    objects[at] = o;
    pending[waiting++] = at;
    if (waiting == BATCH) {
      writePending();
    }
  }

  private void writePending() {
    for (int p = 0; p < waiting; p++) {
      int at = pending[p];
      KubeObject o = objects[at];
      order.set(at, o);
      scratch.setLength(0);
      if (ToYaml.write(o, mode, scratch)) {
        keep(at);
      } else {
        scratch.setLength(0);
        if (BlockYaml.write(Canonical.tree(o, mode), scratch)) {
          keep(at);
        } else {
          length[at] = -1;
        }
      }
    }
    waiting = 0;
  }

  /** Copies the scratch text into a block. */
  private void keep(int at) {
    int n = scratch.length();
    byte[] into;
    if (n > BLOCK) {
      into = new byte[n];
      blocks.add(into);
      block[at] = blocks.size() - 1;
      offset[at] = 0;
    } else {
      if (current == null || BLOCK - used < n) {
        current = new byte[BLOCK];
        blocks.add(current);
        currentBlock = blocks.size() - 1;
        used = 0;
      }
      into = current;
      block[at] = currentBlock;
      offset[at] = used;
      used += n;
    }
    scratch.copyTo(into, offset[at]);
    length[at] = n;
  }

  /** Hands every document to {@code to}, in apply order: kind, namespace, name, then bundle order. */
  public void writeTo(Emitter to) throws IOException {
    writePending();
    for (int i : order.positions()) {
      if (length[i] < 0) {
        to.write(objects[i], mode);
      } else {
        to.write(blocks.get(block[i]), offset[i], length[i]);
      }
    }
  }
}
