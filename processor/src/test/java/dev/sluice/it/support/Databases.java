package dev.sluice.it.support;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Provides the invocations of a {@link DatabaseTest}: SQLite and PostgreSQL, each with deletes
 * set-based (the default) and row by row, so every cascade is shown to end in the same rows.
 */
public final class Databases implements TestTemplateInvocationContextProvider {
  private enum Kind {
    SQLITE("SQLite"),
    SQLITE_ROW_BY_ROW("SQLite, row-by-row deletes"),
    POSTGRESQL("PostgreSQL"),
    POSTGRESQL_ROW_BY_ROW("PostgreSQL, row-by-row deletes");

    final String title;

    Kind(String title) {
      this.title = title;
    }
  }

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getRequiredTestMethod().isAnnotationPresent(DatabaseTest.class);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    return Stream.of(Kind.values()).map(Databases::invocation);
  }

  private static TestTemplateInvocationContext invocation(Kind kind) {
    return new TestTemplateInvocationContext() {
      @Override
      public String getDisplayName(int index) {
        return kind.title;
      }

      @Override
      public List<Extension> getAdditionalExtensions() {
        return List.of(new Provider(kind));
      }
    };
  }

  /** Opens the database for one invocation and closes it afterwards. */
  private static final class Provider implements ParameterResolver, AfterEachCallback {
    private final Kind kind;
    private TestDatabase database;

    Provider(Kind kind) {
      this.kind = kind;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      try {
        boolean setBased = kind == Kind.SQLITE || kind == Kind.POSTGRESQL;
        database = kind == Kind.SQLITE || kind == Kind.SQLITE_ROW_BY_ROW
            ? TestDatabase.sqlite(setBased) : TestDatabase.postgres(setBased);
        return database;
      } catch (Exception e) {
        throw new IllegalStateException("Cannot open the " + kind + " test database", e);
      }
    }

    @Override
    public void afterEach(ExtensionContext context) {
      if (database != null) {
        database.close();
      }
    }
  }
}
