package org.parquetframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandOptionsTest {
  private static final Set<String> VALUES = Set.of("edges", "format");
  private static final Set<String> FLAGS = Set.of("quiet");

  @Test
  void acceptsValuesWithSpaceOrEqualsSignAnywhereAmongPositionals() throws Exception {
    CommandOptions options = CommandOptions.parse(
        List.of("--edges", "10", "out.parquet", "--format=csv", "--quiet"), VALUES, FLAGS);
    assertEquals(List.of("out.parquet"), options.positional("out"));
    assertEquals(10, options.requiredLong("edges", 0));
    assertEquals(Optional.of("csv"), options.value("format"));
    assertTrue(options.has("quiet"));
  }

  @Test
  void readsUnderscoresAsDigitSeparatorsAndAppliesDefaults() throws Exception {
    CommandOptions options = CommandOptions.parse(List.of("--edges", "100_000_000"), VALUES, FLAGS);
    assertEquals(100_000_000L, options.requiredLong("edges", 0));
    assertEquals(7, options.optionalLong("format", 7, 0));
  }

  @Test
  void treatsEverythingAfterDoubleDashAsPositional() throws Exception {
    CommandOptions options = CommandOptions.parse(List.of("--", "--edges"), VALUES, FLAGS);
    assertEquals(List.of("--edges"), options.positionalAll());
  }

  @Test
  void rejectsWhatItDoesNotKnow() {
    UsageException unknown = assertThrows(UsageException.class,
        () -> CommandOptions.parse(List.of("--edgez", "1"), VALUES, FLAGS));
    assertTrue(unknown.getMessage().contains("--edgez") && unknown.getMessage().contains("--edges"),
        unknown.getMessage());
    assertThrows(UsageException.class, () -> CommandOptions.parse(List.of("-x"), VALUES, FLAGS));
    assertThrows(UsageException.class, () -> CommandOptions.parse(List.of("--quiet=yes"), VALUES, FLAGS));
    assertThrows(UsageException.class, () -> CommandOptions.parse(List.of("--edges"), VALUES, FLAGS));
  }

  @Test
  void rejectsMalformedOrMissingNumbersAndWrongArgumentCounts() throws Exception {
    CommandOptions options = CommandOptions.parse(List.of("a", "b", "--edges", "ten"), VALUES, FLAGS);
    assertThrows(UsageException.class, () -> options.requiredLong("edges", 0));
    assertThrows(UsageException.class, () -> options.requiredLong("format", 0));
    assertThrows(UsageException.class, () -> options.positional("only"));
    CommandOptions negative = CommandOptions.parse(List.of("--edges", "-1"), VALUES, FLAGS);
    assertThrows(UsageException.class, () -> negative.requiredLong("edges", 0));
  }
}
