package dev.sluice.example.tour;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows every table of a scenario's schema held when the scenario ended. */
public record ScenarioResult(String scenario, Map<String, TableRows> tables) {
  public ScenarioResult(String scenario, List<TableRows> tables) {
    this(scenario, index(tables));
  }

  /** The final rows of one table; fails for a table the schema does not have. */
  public TableRows table(String name) {
    TableRows rows = tables.get(name);
    if (rows == null) {
      throw new IllegalArgumentException(scenario + " has no table " + name + ": "
          + tables.keySet());
    }
    return rows;
  }

  /** The final rows of one table as lines, cells joined by {@code " | "}. */
  public List<String> lines(String table) {
    return table(table).lines();
  }

  private static Map<String, TableRows> index(List<TableRows> tables) {
    Map<String, TableRows> map = new LinkedHashMap<>();
    tables.forEach(t -> map.put(t.table(), t));
    return Collections.unmodifiableMap(map);
  }
}
