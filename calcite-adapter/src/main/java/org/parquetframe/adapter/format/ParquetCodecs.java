package org.parquetframe.adapter.format;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdInputStream;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

/**
 * Page compression without Hadoop's codec classes: SNAPPY (snappy-java), ZSTD (zstd-jni), GZIP
 * (java.util.zip), LZ4_RAW and Hadoop-framed LZ4 (aircompressor). Serves our reader directly and
 * parquet-java's writer through {@link CompressionCodecFactory}.
 */
public final class ParquetCodecs implements CompressionCodecFactory {
  public static final ParquetCodecs INSTANCE = new ParquetCodecs();

  private ParquetCodecs() {}

  /**
   * Decompresses {@code length} bytes of {@code input} at {@code offset} into exactly {@code
   * uncompressedSize} bytes. A declared size beyond what the codec can expand {@code length} bytes
   * to is refused before anything is allocated; SNAPPY's and ZSTD's own size fields are checked
   * against it, and where a codec does not record the size the output grows only as data arrives.
   */
  public static byte[] decompress(CompressionCodecName codec, byte[] input, int offset, int length, int uncompressedSize)
      throws IOException {
    if (length < 0 || uncompressedSize < 0) {
      throw new IOException("a page declares " + length + " compressed and " + uncompressedSize + " uncompressed bytes");
    }
    if (codec != CompressionCodecName.UNCOMPRESSED && uncompressedSize > maxUncompressedSize(codec, length)) {
      throw new IOException("a page of " + length + " " + codec + " bytes declares " + uncompressedSize
          + " uncompressed bytes, more than " + codec + " can expand it to");
    }
    switch (codec) {
      case UNCOMPRESSED:
        return Arrays.copyOfRange(input, offset, offset + length);
      case SNAPPY: {
        int recorded = Snappy.uncompressedLength(input, offset, length);
        if (recorded != uncompressedSize) {
          throw new IOException("SNAPPY data of " + recorded + " bytes in a page that declares " + uncompressedSize);
        }
        byte[] output = new byte[uncompressedSize];
        int written = Snappy.uncompress(input, offset, length, output, 0);
        return checkSize(written, uncompressedSize, output);
      }
      case ZSTD:
        return decompressZstd(input, offset, length, uncompressedSize);
      case GZIP:
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(input, offset, length))) {
          return checkSize(uncompressedSize, uncompressedSize, in.readNBytes(uncompressedSize));
        }
      case LZ4_RAW: {
        byte[] output = new byte[uncompressedSize];
        int written = new Lz4Decompressor().decompress(input, offset, length, output, 0, uncompressedSize);
        return checkSize(written, uncompressedSize, output);
      }
      case LZ4:
        return decompressHadoopLz4(input, offset, length, uncompressedSize);
      default:
        throw new IOException("compression codec " + codec + " is not supported (supported: UNCOMPRESSED, SNAPPY, "
            + "GZIP, ZSTD, LZ4, LZ4_RAW)");
    }
  }

  /**
   * The most {@code length} compressed bytes can expand to: SNAPPY emits at most 64 bytes per
   * 3-byte copy, LZ4 at most 255 per extra length byte, DEFLATE at most 1032:1, and ZSTD at most
   * one 128 KB block per 3-byte RLE block; plus room for headers.
   */
  static long maxUncompressedSize(CompressionCodecName codec, int length) {
    long ratio = switch (codec) {
      case SNAPPY -> 32;
      case LZ4, LZ4_RAW -> 256;
      case GZIP -> 1_100;
      case ZSTD -> 65_536;
      default -> 1;
    };
    return ratio * length + 1_024;
  }

  /**
   * ZSTD in one call when the frame records exactly the declared size, else streamed, so that a
   * frame without its size cannot make us allocate more than it really holds.
   */
  private static byte[] decompressZstd(byte[] input, int offset, int length, int uncompressedSize) throws IOException {
    long recorded = Zstd.getFrameContentSize(input, offset, length);
    if (recorded == uncompressedSize) {
      byte[] output = new byte[uncompressedSize];
      long written = Zstd.decompressByteArray(output, 0, uncompressedSize, input, offset, length);
      if (Zstd.isError(written)) {
        throw new IOException("ZSTD: " + Zstd.getErrorName(written));
      }
      return checkSize((int) written, uncompressedSize, output);
    }
    try (ZstdInputStream in = new ZstdInputStream(new ByteArrayInputStream(input, offset, length))) {
      byte[] output = in.readNBytes(uncompressedSize);
      if (output.length == uncompressedSize && in.read() >= 0) {
        throw new IOException("a page decompressed to more than the " + uncompressedSize
            + " bytes its header declares");
      }
      return checkSize(output.length, uncompressedSize, output);
    }
  }

  /** Hadoop's LZ4 framing: blocks of [uncompressed length][compressed length][LZ4 data], big-endian ints. */
  private static byte[] decompressHadoopLz4(byte[] input, int offset, int length, int uncompressedSize)
      throws IOException {
    ByteBuffer in = ByteBuffer.wrap(input, offset, length);
    byte[] output = new byte[uncompressedSize];
    int written = 0;
    Lz4Decompressor lz4 = new Lz4Decompressor();
    while (in.remaining() >= 8 && written < uncompressedSize) {
      int blockSize = in.getInt();
      if (blockSize < 0 || blockSize > uncompressedSize - written) {
        throw new IOException("an LZ4 block declares " + blockSize + " bytes, past the page's " + uncompressedSize);
      }
      int end = written + blockSize;
      while (written < end) {
        int compressed = in.remaining() >= 4 ? in.getInt() : -1;
        if (compressed <= 0 || compressed > in.remaining()) {
          throw new IOException("an LZ4 block declares " + compressed + " compressed bytes, " + in.remaining()
              + " left");
        }
        int produced = lz4.decompress(input, in.position(), compressed, output, written, end - written);
        if (produced <= 0) {
          throw new IOException("an LZ4 block produced no data");
        }
        written += produced;
        in.position(in.position() + compressed);
      }
    }
    return checkSize(written, uncompressedSize, output);
  }

  private static byte[] checkSize(int actual, int expected, byte[] output) throws IOException {
    if (actual != expected || output.length != expected) {
      throw new IOException("a page decompressed to " + actual + " bytes but its header declares " + expected);
    }
    return output;
  }

  static byte[] compress(CompressionCodecName codec, byte[] input) throws IOException {
    switch (codec) {
      case UNCOMPRESSED:
        return input;
      case SNAPPY:
        return Snappy.compress(input);
      case ZSTD:
        return Zstd.compress(input, 3);
      case GZIP: {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 2 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
          gzip.write(input);
        }
        return out.toByteArray();
      }
      case LZ4_RAW: {
        Lz4Compressor lz4 = new Lz4Compressor();
        byte[] output = new byte[lz4.maxCompressedLength(input.length)];
        int written = lz4.compress(input, 0, input.length, output, 0, output.length);
        return Arrays.copyOf(output, written);
      }
      default:
        throw new IOException("writing with compression codec " + codec + " is not supported");
    }
  }

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        return BytesInput.from(ParquetCodecs.compress(codec, bytes.toByteArray()));
      }

      @Override
      public CompressionCodecName getCodecName() {
        return codec;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    return new BytesInputDecompressor() {
      @Override
      public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
        byte[] input = bytes.toByteArray();
        return BytesInput.from(ParquetCodecs.decompress(codec, input, 0, input.length, uncompressedSize));
      }

      @Override
      public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
          throws IOException {
        byte[] bytes = new byte[compressedSize];
        input.get(bytes);
        output.put(ParquetCodecs.decompress(codec, bytes, 0, compressedSize, uncompressedSize));
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public void release() {}
}
