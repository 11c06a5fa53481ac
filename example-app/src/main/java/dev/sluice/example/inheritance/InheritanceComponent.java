package dev.sluice.example.inheritance;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** The inheritance application: the generated schema module and the scenario built on it. */
@Singleton
@Component(modules = InheritanceSchema_Module.class)
public interface InheritanceComponent {
  InheritanceScenario scenario();

  /** Builds the component over the application's Jdbi. */
  @Component.Factory
  interface Factory {
    InheritanceComponent create(@BindsInstance Jdbi jdbi);
  }
}
