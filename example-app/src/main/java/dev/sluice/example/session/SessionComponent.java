package dev.sluice.example.session;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** The session application: the generated schema module and the scenario built on it. */
@Singleton
@Component(modules = ShopSchema_Module.class)
public interface SessionComponent {
  SessionOperationsScenario scenario();

  /** Builds the component over the application's Jdbi. */
  @Component.Factory
  interface Factory {
    SessionComponent create(@BindsInstance Jdbi jdbi);
  }
}
