package org.parquetframe.adapter.predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.util.DateString;
import org.apache.calcite.util.NlsString;
import org.apache.calcite.util.TimestampString;
import org.junit.jupiter.api.Test;
import org.parquetframe.adapter.ParquetFrameTypeSystem;

/**
 * How filter conditions, as Calcite hands them to the scan rule, become pushed predicates: each
 * operator, NOT pushed to the leaves with SQL's three-valued logic, AND and OR, casts seen
 * through, and everything else left free ("TRUE"), so that the predicate never excludes a row the
 * condition lets through.
 */
class PredicateTranslatorTest {
  private static final RelDataTypeFactory TYPES = new JavaTypeFactoryImpl(ParquetFrameTypeSystem.INSTANCE);
  private static final RexBuilder REX = new RexBuilder(TYPES);
  private static final RelDataType ROW = TYPES.builder()
      .add("qty", nullable(TYPES.createSqlType(SqlTypeName.INTEGER)))
      .add("id", nullable(TYPES.createSqlType(SqlTypeName.BIGINT)))
      .add("price", nullable(TYPES.createSqlType(SqlTypeName.DOUBLE)))
      .add("name", nullable(TYPES.createSqlType(SqlTypeName.VARCHAR)))
      .add("amount", nullable(TYPES.createSqlType(SqlTypeName.DECIMAL, 12, 2)))
      .add("flag", nullable(TYPES.createSqlType(SqlTypeName.BOOLEAN)))
      .add("day", nullable(TYPES.createSqlType(SqlTypeName.DATE)))
      .add("at", nullable(TYPES.createSqlType(SqlTypeName.TIMESTAMP, 3)))
      .add("bytes", nullable(TYPES.createSqlType(SqlTypeName.VARBINARY)))
      .build();

  private static RelDataType nullable(RelDataType type) {
    return TYPES.createTypeWithNullability(type, true);
  }

  private static RexNode column(String name) {
    int index = ROW.getFieldNames().indexOf(name);
    return REX.makeInputRef(ROW.getFieldList().get(index).getType(), index);
  }

  private static RexNode number(long value) {
    return REX.makeExactLiteral(BigDecimal.valueOf(value));
  }

  private static RexNode text(String value) {
    return REX.makeCharLiteral(new NlsString(value, "UTF-8", null));
  }

  private static RexNode call(SqlOperator operator, RexNode... operands) {
    return REX.makeCall(operator, operands);
  }

  private static String pushed(RexNode condition) {
    return PredicateTranslator.translate(condition, ROW).toString();
  }

  @Test
  void comparisonsBecomeRanges() {
    assertEquals("\"qty\" = 5", pushed(call(SqlStdOperatorTable.EQUALS, column("qty"), number(5))));
    assertEquals("(\"qty\" < 5 OR \"qty\" > 5)", pushed(call(SqlStdOperatorTable.NOT_EQUALS, column("qty"), number(5))));
    assertEquals("\"qty\" < 5", pushed(call(SqlStdOperatorTable.LESS_THAN, column("qty"), number(5))));
    assertEquals("\"qty\" <= 5", pushed(call(SqlStdOperatorTable.LESS_THAN_OR_EQUAL, column("qty"), number(5))));
    assertEquals("\"qty\" > 5", pushed(call(SqlStdOperatorTable.GREATER_THAN, column("qty"), number(5))));
    assertEquals("\"qty\" >= 5", pushed(call(SqlStdOperatorTable.GREATER_THAN_OR_EQUAL, column("qty"), number(5))));
  }

  @Test
  void aConstantOnTheLeftIsTurnedAround() {
    assertEquals("\"qty\" < 5", pushed(call(SqlStdOperatorTable.GREATER_THAN, number(5), column("qty"))));
  }

  @Test
  void betweenAndInListsArriveAsSearches() {
    assertEquals("(\"id\" >= 10 AND \"id\" <= 20)", pushed(REX.makeBetween(column("id"), number(10), number(20))));
    assertEquals("\"name\" IN ('a', 'b')", pushed(REX.makeIn(column("name"), List.of(text("b"), text("a")))));
  }

  @Test
  void nullTests() {
    assertEquals("\"qty\" IS NULL", pushed(call(SqlStdOperatorTable.IS_NULL, column("qty"))));
    assertEquals("\"qty\" IS NOT NULL", pushed(call(SqlStdOperatorTable.IS_NOT_NULL, column("qty"))));
    assertEquals("\"qty\" IS NOT NULL", pushed(call(SqlStdOperatorTable.NOT, call(SqlStdOperatorTable.IS_NULL, column("qty")))));
  }

  @Test
  void likeWithAFixedPrefixIsARange() {
    assertEquals("(\"name\" >= 'ab' AND \"name\" < 'ac')", pushed(call(SqlStdOperatorTable.LIKE, column("name"), text("ab%"))));
    assertEquals("\"name\" = 'abc'", pushed(call(SqlStdOperatorTable.LIKE, column("name"), text("abc"))));
    // more wildcards after the prefix: still the prefix's range, a superset of the matches
    assertEquals("(\"name\" >= 'a' AND \"name\" < 'b')", pushed(call(SqlStdOperatorTable.LIKE, column("name"), text("a_c%"))));
    assertEquals("\"name\" IS NOT NULL", pushed(call(SqlStdOperatorTable.LIKE, column("name"), text("%x"))));
  }

  @Test
  void notLikeExcludesThePrefixOnlyWhenThePatternIsExactlyAPrefix() {
    assertEquals("(\"name\" < 'ab' OR \"name\" >= 'ac')",
        pushed(call(SqlStdOperatorTable.NOT, call(SqlStdOperatorTable.LIKE, column("name"), text("ab%")))));
    assertEquals("\"name\" IS NOT NULL",
        pushed(call(SqlStdOperatorTable.NOT, call(SqlStdOperatorTable.LIKE, column("name"), text("a_c%")))));
  }

  @Test
  void notIsPushedToTheLeavesAndNullsNeverPassANegatedComparison() {
    RexNode condition = call(SqlStdOperatorTable.NOT, call(SqlStdOperatorTable.OR,
        call(SqlStdOperatorTable.GREATER_THAN, column("qty"), number(5)),
        call(SqlStdOperatorTable.EQUALS, column("name"), text("x"))));
    assertEquals("\"qty\" <= 5 AND (\"name\" < 'x' OR \"name\" > 'x')", pushed(condition));
  }

  @Test
  void andIntersectsAndOrUnitesColumnByColumn() {
    RexNode between = call(SqlStdOperatorTable.AND,
        call(SqlStdOperatorTable.GREATER_THAN, column("qty"), number(1)),
        call(SqlStdOperatorTable.LESS_THAN, column("qty"), number(9)));
    assertEquals("(\"qty\" > 1 AND \"qty\" < 9)", pushed(between));
    RexNode either = call(SqlStdOperatorTable.OR,
        call(SqlStdOperatorTable.EQUALS, column("qty"), number(1)),
        call(SqlStdOperatorTable.EQUALS, column("qty"), number(7)));
    assertEquals("\"qty\" IN (1, 7)", pushed(either));
    RexNode differentColumns = call(SqlStdOperatorTable.OR,
        call(SqlStdOperatorTable.EQUALS, column("qty"), number(1)),
        call(SqlStdOperatorTable.EQUALS, column("id"), number(7)));
    assertEquals("TRUE", pushed(differentColumns));
    RexNode contradiction = call(SqlStdOperatorTable.AND,
        call(SqlStdOperatorTable.GREATER_THAN, column("qty"), number(9)),
        call(SqlStdOperatorTable.LESS_THAN, column("qty"), number(1)));
    assertEquals("FALSE", pushed(contradiction));
  }

  @Test
  void untranslatablePartsLeaveTheRestPushed() {
    RexNode function = call(SqlStdOperatorTable.EQUALS,
        call(SqlStdOperatorTable.PLUS, column("qty"), number(1)), number(5));
    RexNode twoColumns = call(SqlStdOperatorTable.LESS_THAN, column("qty"), column("id"));
    RexNode parameter = call(SqlStdOperatorTable.EQUALS, column("qty"), REX.makeDynamicParam(ROW.getFieldList().get(0).getType(), 0));
    RexNode binary = call(SqlStdOperatorTable.IS_NULL, column("bytes"));
    for (RexNode free : List.of(function, twoColumns, parameter, binary)) {
      assertEquals("TRUE", pushed(free), free.toString());
      assertEquals("\"id\" > 3", pushed(call(SqlStdOperatorTable.AND, free,
          call(SqlStdOperatorTable.GREATER_THAN, column("id"), number(3)))));
    }
  }

  @Test
  void comparingWithNullLetsNothingThrough() {
    RexNode unknown = call(SqlStdOperatorTable.EQUALS, column("qty"), REX.makeNullLiteral(ROW.getFieldList().get(0).getType()));
    assertEquals("FALSE", pushed(unknown));
    assertEquals("FALSE", pushed(call(SqlStdOperatorTable.NOT, unknown)));
  }

  @Test
  void booleanColumnsAndTruthTests() {
    assertEquals("\"flag\" = TRUE", pushed(column("flag")));
    assertEquals("\"flag\" = FALSE", pushed(call(SqlStdOperatorTable.NOT, column("flag"))));
    assertEquals("(\"flag\" = FALSE OR \"flag\" IS NULL)", pushed(call(SqlStdOperatorTable.IS_NOT_TRUE, column("flag"))));
    assertEquals("\"flag\" = FALSE", pushed(call(SqlStdOperatorTable.IS_FALSE, column("flag"))));
    RexNode bigQty = call(SqlStdOperatorTable.GREATER_THAN, column("qty"), number(5));
    assertEquals("\"qty\" > 5", pushed(call(SqlStdOperatorTable.IS_TRUE, bigQty)));
    assertEquals("\"qty\" <= 5", pushed(call(SqlStdOperatorTable.IS_FALSE, bigQty)));
    assertEquals("TRUE", pushed(call(SqlStdOperatorTable.IS_NOT_TRUE, bigQty)));
  }

  @Test
  void isDistinctFromTreatsNullAsAValue() {
    assertEquals("\"qty\" = 5", pushed(call(SqlStdOperatorTable.IS_NOT_DISTINCT_FROM, column("qty"), number(5))));
    assertEquals("(\"qty\" < 5 OR \"qty\" > 5 OR \"qty\" IS NULL)",
        pushed(call(SqlStdOperatorTable.IS_DISTINCT_FROM, column("qty"), number(5))));
  }

  @Test
  void temporalAndDecimalLiterals() {
    RexNode day = REX.makeDateLiteral(new DateString("2024-05-01"));
    assertEquals("\"day\" >= DATE '2024-05-01'", pushed(call(SqlStdOperatorTable.GREATER_THAN_OR_EQUAL, column("day"), day)));
    RexNode at = REX.makeTimestampLiteral(new TimestampString("2024-05-01 10:20:30.250"), 3);
    assertEquals("\"at\" < TIMESTAMP '2024-05-01 10:20:30.250'", pushed(call(SqlStdOperatorTable.LESS_THAN, column("at"), at)));
    RexNode amount = REX.makeExactLiteral(new BigDecimal("12.50"), ROW.getField("amount", true, false).getType());
    assertEquals("\"amount\" = 12.50", pushed(call(SqlStdOperatorTable.EQUALS, column("amount"), amount)));
  }

  @Test
  void monotoneCastsAreSeenThroughAndOthersAreNot() {
    RelDataType doubleType = TYPES.createSqlType(SqlTypeName.DOUBLE);
    RexNode asDouble = REX.makeCast(doubleType, column("id"));
    RexNode three = REX.makeApproxLiteral(new BigDecimal("3.5"), doubleType);
    assertEquals("CAST(\"id\" AS DOUBLE) > 3.5", pushed(call(SqlStdOperatorTable.GREATER_THAN, asDouble, three)));
    RexNode widened = REX.makeCast(TYPES.createSqlType(SqlTypeName.BIGINT), column("qty"));
    assertEquals("\"qty\" = 5", pushed(call(SqlStdOperatorTable.EQUALS, widened, number(5))));
    RexNode narrowed = REX.makeCast(TYPES.createSqlType(SqlTypeName.SMALLINT), column("qty"));
    assertEquals("TRUE", pushed(call(SqlStdOperatorTable.EQUALS, narrowed, number(5))));
    RexNode asChar = REX.makeCast(TYPES.createSqlType(SqlTypeName.CHAR, 3), column("name"));
    assertEquals("TRUE", pushed(call(SqlStdOperatorTable.EQUALS, asChar, text("abc"))));
  }

  @Test
  void approximateLiteralsAreTheDoublesTheGeneratedCodeCompares() {
    RelDataType doubleType = TYPES.createSqlType(SqlTypeName.DOUBLE);
    RexNode tenth = REX.makeApproxLiteral(new BigDecimal("0.1"), doubleType);
    ScanPredicate predicate = PredicateTranslator.translate(call(SqlStdOperatorTable.EQUALS, column("price"), tenth), ROW);
    ColumnDomain domain = predicate.domains().values().iterator().next();
    assertTrue(domain.contains(new BigDecimal(0.1d)), "the double nearest to 0.1 passes");
    assertTrue(!domain.contains(new BigDecimal("0.1")), "the decimal 0.1 is not a double");
  }

  @Test
  void textBoundsBeyondTheBasicPlaneAreNotPushed() {
    assertEquals("TRUE", pushed(call(SqlStdOperatorTable.GREATER_THAN, column("name"), text("\uE000"))));
    // LIKE is never TRUE on NULL, whatever the pattern
    assertEquals("\"name\" IS NOT NULL", pushed(call(SqlStdOperatorTable.LIKE, column("name"), text("\uD83D\uDE00%"))));
  }
}
