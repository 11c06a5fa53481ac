package dev.sluice.example.notebook;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** The notebook application: the generated schema module and the scenario built on it. */
@Singleton
@Component(modules = NotebookSchema_Module.class)
public interface NotebookComponent {
  NotebookScenario scenario();

  /** Builds the component over the application's Jdbi. */
  @Component.Factory
  interface Factory {
    NotebookComponent create(@BindsInstance Jdbi jdbi);
  }
}
