package org.parquetframe.adapter.types;

/** IEEE 754 half precision (Parquet FLOAT16, little-endian) to float; Float.float16ToFloat needs Java 20. */
final class Float16 {
  private Float16() {}

  static float toFloat(byte[] littleEndian) {
    int bits = (littleEndian[0] & 0xFF) | (littleEndian[1] & 0xFF) << 8;
    int sign = (bits & 0x8000) << 16;
    int exponent = (bits >>> 10) & 0x1F;
    int mantissa = bits & 0x3FF;
    if (exponent == 0x1F) {
      return Float.intBitsToFloat(sign | 0x7F80_0000 | mantissa << 13);
    }
    if (exponent == 0) {
      float magnitude = mantissa * 0x1p-24f;
      return sign == 0 ? magnitude : -magnitude;
    }
    return Float.intBitsToFloat(sign | (exponent + 112) << 23 | mantissa << 13);
  }
}
