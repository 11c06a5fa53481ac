package dev.sluice.example.backrefs;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** The backrefs application: the generated schema module and the scenario built on it. */
@Singleton
@Component(modules = BackrefSchema_Module.class)
public interface BackrefComponent {
  BackrefScenario scenario();

  /** Builds the component over the application's Jdbi. */
  @Component.Factory
  interface Factory {
    BackrefComponent create(@BindsInstance Jdbi jdbi);
  }
}
