package dev.sluice.example.joined;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** The joined-table application: the generated schema module and the scenario built on it. */
@Singleton
@Component(modules = JoinedSchema_Module.class)
public interface JoinedComponent {
  JoinedScenario scenario();

  /** Builds the component over the application's Jdbi. */
  @Component.Factory
  interface Factory {
    JoinedComponent create(@BindsInstance Jdbi jdbi);
  }
}
