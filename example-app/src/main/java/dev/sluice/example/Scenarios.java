package dev.sluice.example;

import dev.sluice.example.audit.DaggerAuditComponent;
import dev.sluice.example.backrefs.DaggerBackrefComponent;
import dev.sluice.example.followers.DaggerFollowerComponent;
import dev.sluice.example.inheritance.DaggerInheritanceComponent;
import dev.sluice.example.invoices.DaggerInvoiceComponent;
import dev.sluice.example.joined.DaggerJoinedComponent;
import dev.sluice.example.naturalkeys.DaggerNaturalKeyComponent;
import dev.sluice.example.notebook.DaggerNotebookComponent;
import dev.sluice.example.rejected.RejectedScenario;
import dev.sluice.example.session.DaggerSessionComponent;
import dev.sluice.example.tree.DaggerTreeComponent;
import dev.sluice.example.widgets.DaggerWidgetComponent;
import dev.sluice.example.tour.ScenarioInfo;
import java.util.List;

/** Every scenario of the tour, in the order it plays them, each wired by its own component. */
public final class Scenarios {
  private static final List<ScenarioInfo> ALL = List.of(
      new ScenarioInfo("notebook", "Person and its logs, cascade by cascade",
          jdbi -> DaggerNotebookComponent.factory().create(jdbi).scenario()),
      new ScenarioInfo("backrefs", "backref and backPopulates, one-to-one and many-to-many",
          jdbi -> DaggerBackrefComponent.factory().create(jdbi).scenario()),
      new ScenarioInfo("followers", "a self-referential many-to-many, queried both ways",
          jdbi -> DaggerFollowerComponent.factory().create(jdbi).scenario()),
      new ScenarioInfo("audit", "a relationship with no foreign key; audit rows outlive",
          jdbi -> DaggerAuditComponent.factory().create(jdbi).scenario()),
      new ScenarioInfo("widgets", "rows that point to each other: postUpdate, a two-column key",
          jdbi -> DaggerWidgetComponent.factory().create(jdbi).scenario()),
      new ScenarioInfo("naturalkeys", "a primary key that changes: ON UPDATE CASCADE or the ORM",
          jdbi -> DaggerNaturalKeyComponent.factory().create(jdbi).scenario()),
      new ScenarioInfo("invoices", "a composite primary key on an association object",
          jdbi -> DaggerInvoiceComponent.factory().create(jdbi).scenario()),
      new ScenarioInfo("tree", "an adjacency-list tree and its subtree delete",
          jdbi -> DaggerTreeComponent.factory().create(jdbi).scenario()),
      new ScenarioInfo("inheritance", "single-table inheritance: one table, a discriminator",
          jdbi -> DaggerInheritanceComponent.factory().create(jdbi).scenario()),
      new ScenarioInfo("joined", "joined-table inheritance: a table per subclass, FK or not",
          jdbi -> DaggerJoinedComponent.factory().create(jdbi).scenario()),
      new ScenarioInfo("session", "merge, expunge, refresh, expire, and a failed flush",
          jdbi -> DaggerSessionComponent.factory().create(jdbi).scenario()),
      new ScenarioInfo("rejected", "mappings Sluice refuses to compile",
          jdbi -> new RejectedScenario()));

  private Scenarios() {}

  public static List<ScenarioInfo> all() {
    return ALL;
  }

  public static List<String> names() {
    return ALL.stream().map(ScenarioInfo::name).toList();
  }

  /** The scenario of a name from {@link #names()}. */
  public static ScenarioInfo named(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no scenario " + name));
  }
}
