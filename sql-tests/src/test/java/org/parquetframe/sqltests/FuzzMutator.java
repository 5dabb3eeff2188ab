package org.parquetframe.sqltests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.PageType;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.parquetframe.adapter.format.ParquetCodecs;

/**
 * Seeded, deterministic mutations of a valid Parquet file: raw byte damage anywhere or in the
 * footer, wrong magic and footer lengths, a lie in one footer field or one page header field
 * (the rest of the file rewritten consistently around it), damage inside a page's decompressed
 * payload (recompressed, so the codec does not catch it), and dropped or repeated pages. The same
 * seed file and {@link Random} give the same mutation.
 */
final class FuzzMutator {
  private FuzzMutator() {}

  /** A mutated file and how it was made, for the failure message and the regression file name. */
  record Mutation(byte[] bytes, String description) {}

  static Mutation mutate(FuzzSeeds.Seed seed, Random random) {
    for (int attempt = 0; ; attempt++) {
      try {
        Mutation mutation = once(seed, random);
        if (mutation != null) {
          return mutation;
        }
      } catch (RuntimeException e) {
        // the mutation made something the Thrift writer refuses (a required field unset): try another
      }
      if (attempt > 100) {
        throw new IllegalStateException("no mutation applies to " + seed.name());
      }
    }
  }

  private static Mutation once(FuzzSeeds.Seed seed, Random random) {
    byte[] file = seed.bytes();
    int footerStart = file.length - 8 - FuzzBytes.footerLength(file);
    int choice = random.nextInt(100);
    if (choice < 25) {
      return raw(FuzzBytes.damage(file, 0, file.length, random), "anywhere");
    } else if (choice < 37) {
      return raw(FuzzBytes.damage(file, footerStart, file.length - 8, random), "in the footer");
    } else if (choice < 45) {
      return raw(FuzzBytes.damage(file, 4, footerStart, random), "in the pages");
    } else if (choice < 52) {
      return tail(file, random);
    } else if (choice < 70) {
      return footerLie(seed.layout().copy(), random);
    } else if (choice < 84) {
      return pageHeaderLie(seed.layout().copy(), random);
    } else if (choice < 96) {
      return payloadDamage(seed.layout().copy(), random);
    } else {
      return pageListDamage(seed.layout().copy(), random);
    }
  }

  private static Mutation raw(FuzzBytes.Damage damage, String where) {
    return new Mutation(damage.bytes(), "raw damage " + where + ": " + damage.description());
  }

  /** Wrong magic at either end, or an absurd footer length. */
  private static Mutation tail(byte[] original, Random random) {
    byte[] file = original.clone();
    int footerLengthAt = file.length - 8;
    switch (random.nextInt(4)) {
      case 0: {
        byte[] magic = random.nextBoolean() ? "PARE".getBytes(StandardCharsets.US_ASCII)
            : "par1".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, file, random.nextBoolean() ? 0 : file.length - 4, 4);
        return new Mutation(file, "wrong magic " + new String(magic, StandardCharsets.US_ASCII));
      }
      case 1: {
        int real = FuzzBytes.footerLength(file);
        int[] lies = {-1, 0, 1, real - 1, real + 1, file.length - 8, file.length - 12, Integer.MAX_VALUE,
            Integer.MIN_VALUE};
        int lie = lies[random.nextInt(lies.length)];
        FuzzBytes.putIntLittleEndian(file, footerLengthAt, lie);
        return new Mutation(file, "footer length " + lie + " (was " + real + ")");
      }
      case 2: {
        int length = random.nextInt(file.length);
        return new Mutation(java.util.Arrays.copyOf(file, length), "truncated to " + length + " bytes");
      }
      default: {
        byte[] garbage = new byte[1 + random.nextInt(64)];
        random.nextBytes(garbage);
        byte[] longer = java.util.Arrays.copyOf(file, file.length + garbage.length);
        System.arraycopy(garbage, 0, longer, file.length, garbage.length);
        return new Mutation(longer, garbage.length + " garbage bytes appended");
      }
    }
  }

  /** One footer field lies, after offsets and sizes were laid out (so offsets and sizes can lie too). */
  private static Mutation footerLie(FuzzLayout layout, Random random) {
    String[] description = new String[1];
    byte[] bytes = layout.write(footer -> {
      List<FuzzThriftFields.Field> fields = FuzzThriftFields.of(footer, "footer");
      for (int attempt = 0; attempt < 20 && description[0] == null; attempt++) {
        description[0] = FuzzThriftFields.lie(fields.get(random.nextInt(fields.size())), random);
      }
    });
    return description[0] == null ? null : new Mutation(bytes, "footer lie: " + description[0]);
  }

  /** One page header field lies; the file is laid out around the lying header. */
  private static Mutation pageHeaderLie(FuzzLayout layout, Random random) {
    List<FuzzLayout.Page> pages = layout.allPages();
    int index = random.nextInt(pages.size());
    FuzzLayout.Page page = pages.get(index);
    List<FuzzThriftFields.Field> fields = FuzzThriftFields.of(page.header, "page[" + index + "]");
    String description = FuzzThriftFields.lie(fields.get(random.nextInt(fields.size())), random);
    return description == null ? null : new Mutation(layout.write(footer -> {}), "page header lie: " + description);
  }

  /** Damage inside a page's uncompressed content, recompressed with the chunk's codec and sized consistently. */
  private static Mutation payloadDamage(FuzzLayout layout, Random random) {
    List<FuzzLayout.Page> pages = layout.allPages();
    int index = random.nextInt(pages.size());
    FuzzLayout.Page page = pages.get(index);
    if (page.header.getType() == PageType.INDEX_PAGE) {
      return null;
    }
    CompressionCodecName codec = CompressionCodecName.fromParquet(layout.codecOf(page));
    DataPageHeaderV2 v2 = page.header.getData_page_header_v2();
    int levels = v2 == null ? 0 : v2.getRepetition_levels_byte_length() + v2.getDefinition_levels_byte_length();
    boolean compressed = v2 == null || !v2.isSetIs_compressed() || v2.isIs_compressed();
    byte[] levelBytes = java.util.Arrays.copyOf(page.payload, levels);
    byte[] data = java.util.Arrays.copyOfRange(page.payload, levels, page.payload.length);
    byte[] plain = compressed ? decompress(codec, data, page.header.getUncompressed_page_size() - levels) : data;
    byte[] content = concat(levelBytes, plain);
    FuzzBytes.Damage damage = FuzzBytes.damage(content, 0, content.length, random);
    byte[] damaged = damage.bytes();
    int newLevels = Math.min(levels, damaged.length);
    byte[] newData = java.util.Arrays.copyOfRange(damaged, newLevels, damaged.length);
    byte[] stored = compressed ? compress(codec, newData) : newData;
    page.payload = concat(java.util.Arrays.copyOf(damaged, newLevels), stored);
    page.header.setUncompressed_page_size(damaged.length);
    page.header.setCompressed_page_size(page.payload.length);
    return new Mutation(layout.write(footer -> {}), "payload damage in page " + index + " ("
        + page.header.getType() + ", " + codec + "): " + damage.description());
  }

  /** A page dropped, repeated, or two pages of a chunk swapped. */
  private static Mutation pageListDamage(FuzzLayout layout, Random random) {
    List<List<FuzzLayout.Page>> rowGroup = layout.chunks.get(random.nextInt(layout.chunks.size()));
    int column = random.nextInt(rowGroup.size());
    List<FuzzLayout.Page> pages = rowGroup.get(column);
    int index = random.nextInt(pages.size());
    String what;
    switch (random.nextInt(3)) {
      case 0:
        pages.remove(index);
        what = "dropped";
        break;
      case 1:
        pages.add(index, pages.get(index));
        what = "repeated";
        break;
      default:
        if (pages.size() < 2) {
          return null;
        }
        int other = random.nextInt(pages.size());
        pages.set(index, pages.set(other, pages.get(index)));
        what = "swapped with page " + other;
        break;
    }
    return new Mutation(layout.write(footer -> {}), "page " + index + " of column " + column + " " + what);
  }

  private static byte[] decompress(CompressionCodecName codec, byte[] bytes, int size) {
    try {
      return ParquetCodecs.INSTANCE.getDecompressor(codec).decompress(BytesInput.from(bytes), size).toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] compress(CompressionCodecName codec, byte[] bytes) {
    try {
      return ParquetCodecs.INSTANCE.getCompressor(codec).compress(BytesInput.from(bytes)).toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
