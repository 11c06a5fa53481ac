package dev.sluice.example.widgets;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** The widgets application: the generated schema module and the scenario built on it. */
@Singleton
@Component(modules = WidgetSchema_Module.class)
public interface WidgetComponent {
  WidgetScenario scenario();

  /** Builds the component over the application's Jdbi. */
  @Component.Factory
  interface Factory {
    WidgetComponent create(@BindsInstance Jdbi jdbi);
  }
}
