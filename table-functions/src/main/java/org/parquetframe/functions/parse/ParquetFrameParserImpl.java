package org.parquetframe.functions.parse;

import java.io.Reader;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParserImplFactory;
import org.apache.calcite.sql.parser.impl.SqlParserImpl;
import org.apache.calcite.util.SourceStringReader;
import org.parquetframe.functions.TableFunctions;

/**
 * Calcite's SQL parser followed by our rewrites of the parse tree ({@link NamedArguments}).
 * Installed through the connection property {@code parserFactory}.
 */
public final class ParquetFrameParserImpl extends SqlParserImpl {
  public static final SqlParserImplFactory FACTORY = ParquetFrameParserImpl::create;

  private final NamedArguments namedArguments = new NamedArguments(TableFunctions.signatures());

  private ParquetFrameParserImpl(Reader reader) {
    super(reader);
  }

  private static ParquetFrameParserImpl create(Reader reader) {
    ParquetFrameParserImpl parser = new ParquetFrameParserImpl(reader);
    if (reader instanceof SourceStringReader source) {
      parser.setOriginalSql(source.getSourceString());
    }
    return parser;
  }

  @Override
  public SqlNode parseSqlStmtEof() throws Exception {
    return rewrite(super.parseSqlStmtEof());
  }

  @Override
  public SqlNode parseSqlExpressionEof() throws Exception {
    return rewrite(super.parseSqlExpressionEof());
  }

  @Override
  public SqlNodeList parseSqlStmtList() throws Exception {
    SqlNodeList statements = super.parseSqlStmtList();
    for (int i = 0; i < statements.size(); i++) {
      statements.set(i, rewrite(statements.get(i)));
    }
    return statements;
  }

  private SqlNode rewrite(SqlNode node) {
    return node == null ? null : node.accept(namedArguments);
  }
}
