package org.parquetframe.cli;

import java.util.SplittableRandom;

/**
 * Draws R-MAT edges: each of the {@code scale} bits of both endpoints picks one quadrant of the
 * adjacency matrix with the Graph500 probabilities a = 0.57, b = 0.19, c = 0.19, d = 0.05. Like
 * Graph500 and the GAP suite, the vertex ids are then scrambled so that the hubs are not the
 * smallest ids (which would flatter cache locality); unlike Graph500, the probabilities get no
 * per-level noise. When the vertex count is not a power of two, edges with an endpoint beyond it
 * are drawn again.
 */
final class RmatSampler {
  private static final double A = 0.57;
  private static final double B = 0.19;
  private static final double C = 0.19;

  private final long vertices;
  private final int scale;
  private final long mask;
  private final long salt;

  RmatSampler(long vertices, long seed) {
    this.vertices = vertices;
    this.scale = 64 - Long.numberOfLeadingZeros(vertices - 1);
    this.mask = scale == 64 ? -1L : (1L << scale) - 1;
    this.salt = new SplittableRandom(~seed).nextLong();
  }

  /** Draws one edge into {@code row}: endpoints from {@code random}, then the weight. */
  void draw(SplittableRandom random, EdgeRow row) {
    long src;
    long dst;
    do {
      src = 0;
      dst = 0;
      for (int bit = scale - 1; bit >= 0; bit--) {
        double r = random.nextDouble();
        if (r >= A + B + C) {
          src |= 1L << bit;
          dst |= 1L << bit;
        } else if (r >= A + B) {
          src |= 1L << bit;
        } else if (r >= A) {
          dst |= 1L << bit;
        }
      }
      src = scramble(src);
      dst = scramble(dst);
    } while (src >= vertices || dst >= vertices);
    row.src = src;
    row.dst = dst;
    row.weight = 1 + random.nextInt(SyntheticGraph.MAX_WEIGHT);
  }

  /**
   * A bijection of [0, 2^scale): xor with a salt, multiplications by odd constants and
   * xor-shifts, each of which permutes the {@code scale}-bit numbers.
   */
  long scramble(long id) {
    int shift = Math.max(1, scale / 2);
    long x = (id ^ salt) & mask;
    x = (x * 0x9E3779B97F4A7C15L) & mask;
    x ^= x >>> shift;
    x = (x * 0xC2B2AE3D27D4EB4FL) & mask;
    x ^= x >>> shift;
    return x;
  }
}
