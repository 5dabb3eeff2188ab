package org.parquetframe.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.parquetframe.adapter.format.LocalParquetWriters;

/**
 * The demo's vertex table {@code users(id BIGINT, name VARCHAR, country VARCHAR, signup DATE)}:
 * one made-up user per vertex id 0 .. count-1 of the demo graph, so that graph results join back
 * to it. Deterministic for a given seed.
 */
final class DemoUsers {
  static final MessageType SCHEMA = Types.buildMessage()
      .required(PrimitiveTypeName.INT64).named("id")
      .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("name")
      .required(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("country")
      .required(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType()).named("signup")
      .named("users");

  private static final List<String> FIRST_NAMES = List.of("Ada", "Alan", "Barbara", "Claude", "Donald", "Edsger",
      "Frances", "Grace", "John", "Katherine", "Leslie", "Margaret", "Niklaus", "Radia", "Tim", "Yukihiro");
  private static final List<String> LAST_NAMES = List.of("Abara", "Becker", "Costa", "Dubois", "Eriksen",
      "Fischer", "Garcia", "Hoang", "Ito", "Jensen", "Kowalski", "Lopez", "Mehta", "Novak", "Okafor", "Petrov");
  private static final List<String> COUNTRIES = List.of("BR", "DE", "FR", "GB", "IN", "JP", "NG", "US");
  private static final LocalDate FIRST_SIGNUP = LocalDate.of(2015, 1, 1);
  private static final int SIGNUP_DAYS = 3653;

  private DemoUsers() {}

  static void write(Path file, long count, long seed) throws IOException {
    SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
    SplittableRandom random = new SplittableRandom(seed);
    long firstDay = FIRST_SIGNUP.toEpochDay();
    try (ParquetWriter<Group> writer = LocalParquetWriters.groups(file, SCHEMA, CompressionCodecName.SNAPPY).build()) {
      for (long id = 0; id < count; id++) {
        String name = pick(random, FIRST_NAMES) + " " + pick(random, LAST_NAMES);
        writer.write(rows.newGroup()
            .append("id", id)
            .append("name", name)
            .append("country", pick(random, COUNTRIES))
            .append("signup", (int) (firstDay + random.nextInt(SIGNUP_DAYS))));
      }
    }
  }

  private static String pick(SplittableRandom random, List<String> choices) {
    return choices.get(random.nextInt(choices.size()));
  }
}
