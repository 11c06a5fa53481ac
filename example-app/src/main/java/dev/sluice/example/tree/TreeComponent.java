package dev.sluice.example.tree;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** The tree application: the generated schema module and the scenario built on it. */
@Singleton
@Component(modules = TreeSchema_Module.class)
public interface TreeComponent {
  TreeScenario scenario();

  /** Builds the component over the application's Jdbi. */
  @Component.Factory
  interface Factory {
    TreeComponent create(@BindsInstance Jdbi jdbi);
  }
}
