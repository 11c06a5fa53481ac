package dev.sluice.example.followers;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** The followers application: the generated schema module and the scenario built on it. */
@Singleton
@Component(modules = FollowerSchema_Module.class)
public interface FollowerComponent {
  FollowerScenario scenario();

  /** Builds the component over the application's Jdbi. */
  @Component.Factory
  interface Factory {
    FollowerComponent create(@BindsInstance Jdbi jdbi);
  }
}
