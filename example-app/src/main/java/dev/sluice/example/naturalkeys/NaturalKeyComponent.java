package dev.sluice.example.naturalkeys;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** The natural-keys application: the generated schema module and the scenario built on it. */
@Singleton
@Component(modules = NaturalKeySchema_Module.class)
public interface NaturalKeyComponent {
  NaturalKeyScenario scenario();

  /** Builds the component over the application's Jdbi. */
  @Component.Factory
  interface Factory {
    NaturalKeyComponent create(@BindsInstance Jdbi jdbi);
  }
}
