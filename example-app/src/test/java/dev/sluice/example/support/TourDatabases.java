package dev.sluice.example.support;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** Provides the two invocations of a {@link TourTest}: SQLite and PostgreSQL. */
public final class TourDatabases implements TestTemplateInvocationContextProvider {
  @Override
  public boolean supportsTestTemplate(ExtensionContext context) {
    return context.getRequiredTestMethod().isAnnotationPresent(TourTest.class);
  }

  @Override
  public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(
      ExtensionContext context) {
    return Stream.of(true, false).map(TourDatabases::invocation);
  }

  private static TestTemplateInvocationContext invocation(boolean sqlite) {
    return new TestTemplateInvocationContext() {
      @Override
      public String getDisplayName(int index) {
        return sqlite ? "SQLite" : "PostgreSQL";
      }

      @Override
      public List<Extension> getAdditionalExtensions() {
        return List.of(new Provider(sqlite));
      }
    };
  }

  /** Opens the database of one invocation and removes it afterwards. */
  private static final class Provider implements ParameterResolver, AfterEachCallback {
    private final boolean sqlite;
    private TestDatabase database;

    Provider(boolean sqlite) {
      this.sqlite = sqlite;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == TestDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      database = sqlite ? TestDatabase.sqlite() : TestDatabase.postgres();
      return database;
    }

    @Override
    public void afterEach(ExtensionContext context) {
      if (database != null) {
        database.close();
      }
    }
  }
}
