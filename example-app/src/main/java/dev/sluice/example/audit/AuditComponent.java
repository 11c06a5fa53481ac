package dev.sluice.example.audit;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** The audit application: the generated schema module and the scenario built on it. */
@Singleton
@Component(modules = AuditSchema_Module.class)
public interface AuditComponent {
  AuditScenario scenario();

  /** Builds the component over the application's Jdbi. */
  @Component.Factory
  interface Factory {
    AuditComponent create(@BindsInstance Jdbi jdbi);
  }
}
