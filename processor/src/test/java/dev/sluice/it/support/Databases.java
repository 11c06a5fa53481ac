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

/** Provides the two invocations of a {@link DatabaseTest}: SQLite and PostgreSQL. */
public final class Databases implements TestTemplateInvocationContextProvider {
  private enum Kind { SQLITE, POSTGRESQL }

  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getRequiredTestMethod().isAnnotationPresent(DatabaseTest.class);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    return Stream.of(Kind.SQLITE, Kind.POSTGRESQL).map(Databases::invocation);
  }

  private static TestTemplateInvocationContext invocation(Kind kind) {
    return new TestTemplateInvocationContext() {
      @Override
      public String getDisplayName(int index) {
        return kind == Kind.SQLITE ? "SQLite" : "PostgreSQL";
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
        database = kind == Kind.SQLITE ? TestDatabase.sqlite() : TestDatabase.postgres();
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
