package dev.sluice.example;

import dev.sluice.example.audit.DaggerAuditComponent;
import dev.sluice.example.backrefs.DaggerBackrefComponent;
import dev.sluice.example.followers.DaggerFollowerComponent;
import dev.sluice.example.notebook.DaggerNotebookComponent;
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
      new ScenarioInfo("widgets", "rows pointing to each other or to themselves: postUpdate",
          jdbi -> DaggerWidgetComponent.factory().create(jdbi).scenario()));

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
