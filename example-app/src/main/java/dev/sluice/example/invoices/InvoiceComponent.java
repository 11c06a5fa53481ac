package dev.sluice.example.invoices;

import dagger.BindsInstance;
import dagger.Component;
import javax.inject.Singleton;
import org.jdbi.v3.core.Jdbi;

/** The invoices application: the generated schema module and the scenario built on it. */
@Singleton
@Component(modules = InvoiceSchema_Module.class)
public interface InvoiceComponent {
  InvoiceScenario scenario();

  /** Builds the component over the application's Jdbi. */
  @Component.Factory
  interface Factory {
    InvoiceComponent create(@BindsInstance Jdbi jdbi);
  }
}
