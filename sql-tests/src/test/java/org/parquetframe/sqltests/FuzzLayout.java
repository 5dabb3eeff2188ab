package org.parquetframe.sqltests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * A valid Parquet file taken apart for structured mutation: the Thrift footer and, per column chunk,
 * its pages (Thrift header and payload bytes). {@link #write} puts it back together, recomputing
 * every offset and chunk size, so that a mutation of one declared size or count leaves the rest of
 * the file consistent and the reader meets exactly that one lie.
 */
final class FuzzLayout {
  private static final byte[] MAGIC = {'P', 'A', 'R', '1'};

  final FileMetaData footer;
  /** Pages of chunk [row group][column]. */
  final List<List<List<Page>>> chunks;

  /** One page: its header and the bytes that follow it. */
  static final class Page {
    PageHeader header;
    byte[] payload;

    Page(PageHeader header, byte[] payload) {
      this.header = header;
      this.payload = payload;
    }
  }

  private FuzzLayout(FileMetaData footer, List<List<List<Page>>> chunks) {
    this.footer = footer;
    this.chunks = chunks;
  }

  /** Parses a valid file written by parquet-java (chunks read from their first page to their declared size). */
  static FuzzLayout parse(byte[] file) {
    try {
      ByteBuffer tail = ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN);
      int footerLength = tail.getInt();
      FileMetaData footer = Util.readFileMetaData(
          new ByteArrayInputStream(file, file.length - 8 - footerLength, footerLength));
      List<List<List<Page>>> chunks = new ArrayList<>();
      for (RowGroup rowGroup : footer.getRow_groups()) {
        List<List<Page>> columns = new ArrayList<>();
        for (ColumnChunk chunk : rowGroup.getColumns()) {
          columns.add(pages(file, chunk.getMeta_data()));
        }
        chunks.add(columns);
      }
      return new FuzzLayout(footer, chunks);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Page> pages(byte[] file, ColumnMetaData metadata) throws IOException {
    long start = metadata.isSetDictionary_page_offset() && metadata.getDictionary_page_offset() > 0
        ? Math.min(metadata.getDictionary_page_offset(), metadata.getData_page_offset())
        : metadata.getData_page_offset();
    int end = (int) (start + metadata.getTotal_compressed_size());
    ByteArrayInputStream in = new ByteArrayInputStream(file, (int) start, end - (int) start);
    List<Page> pages = new ArrayList<>();
    while (in.available() > 0) {
      PageHeader header = Util.readPageHeader(in);
      byte[] payload = in.readNBytes(header.getCompressed_page_size());
      pages.add(new Page(header, payload));
    }
    return pages;
  }

  /** A deep copy, so that one parsed seed serves many mutations. */
  FuzzLayout copy() {
    List<List<List<Page>>> copied = new ArrayList<>();
    for (List<List<Page>> rowGroup : chunks) {
      List<List<Page>> columns = new ArrayList<>();
      for (List<Page> pages : rowGroup) {
        List<Page> pagesCopy = new ArrayList<>();
        for (Page page : pages) {
          pagesCopy.add(new Page(page.header.deepCopy(), page.payload.clone()));
        }
        columns.add(pagesCopy);
      }
      copied.add(columns);
    }
    return new FuzzLayout(footer.deepCopy(), copied);
  }

  /**
   * The file: magic, the pages of every chunk with offsets and chunk sizes recomputed, then the
   * footer. {@code afterLayout} may still change the footer (to lie about offsets and sizes).
   */
  byte[] write(java.util.function.Consumer<FileMetaData> afterLayout) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(MAGIC);
      for (int g = 0; g < chunks.size(); g++) {
        RowGroup rowGroup = footer.getRow_groups().get(g);
        long groupStart = out.size();
        long uncompressedTotal = 0;
        for (int c = 0; c < chunks.get(g).size(); c++) {
          ColumnChunk chunk = rowGroup.getColumns().get(c);
          ColumnMetaData metadata = chunk.getMeta_data();
          long chunkStart = out.size();
          long dictionaryOffset = -1;
          long dataOffset = -1;
          long uncompressed = 0;
          for (Page page : chunks.get(g).get(c)) {
            if (page.header.getType() == PageType.DICTIONARY_PAGE && dictionaryOffset < 0) {
              dictionaryOffset = out.size();
            } else if (page.header.getType() != PageType.DICTIONARY_PAGE && dataOffset < 0) {
              dataOffset = out.size();
            }
            int before = out.size();
            Util.writePageHeader(page.header, out);
            uncompressed += out.size() - before + page.header.getUncompressed_page_size();
            out.write(page.payload);
          }
          metadata.setData_page_offset(dataOffset < 0 ? chunkStart : dataOffset);
          if (dictionaryOffset >= 0) {
            metadata.setDictionary_page_offset(dictionaryOffset);
          } else {
            metadata.unsetDictionary_page_offset();
          }
          metadata.setTotal_compressed_size(out.size() - chunkStart);
          metadata.setTotal_uncompressed_size(uncompressed);
          chunk.setFile_offset(chunkStart);
          // Page indexes and bloom filters are not rewritten; the reader must not need them.
          chunk.unsetColumn_index_offset();
          chunk.unsetColumn_index_length();
          chunk.unsetOffset_index_offset();
          chunk.unsetOffset_index_length();
          metadata.unsetBloom_filter_offset();
          metadata.unsetBloom_filter_length();
          uncompressedTotal += uncompressed;
        }
        rowGroup.setFile_offset(groupStart);
        rowGroup.setTotal_compressed_size(out.size() - groupStart);
        rowGroup.setTotal_byte_size(uncompressedTotal);
      }
      afterLayout.accept(footer);
      ByteArrayOutputStream footerBytes = new ByteArrayOutputStream();
      Util.writeFileMetaData(footer, footerBytes);
      out.write(footerBytes.toByteArray());
      out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footerBytes.size()).array());
      out.write(MAGIC);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every page of the file, in file order, for picking one at random. */
  List<Page> allPages() {
    List<Page> pages = new ArrayList<>();
    chunks.forEach(rowGroup -> rowGroup.forEach(pages::addAll));
    return pages;
  }

  /** The codec of the chunk holding {@code page}. */
  org.apache.parquet.format.CompressionCodec codecOf(Page page) {
    for (int g = 0; g < chunks.size(); g++) {
      for (int c = 0; c < chunks.get(g).size(); c++) {
        if (chunks.get(g).get(c).contains(page)) {
          return footer.getRow_groups().get(g).getColumns().get(c).getMeta_data().getCodec();
        }
      }
    }
    throw new IllegalArgumentException("not a page of this layout");
  }
}
