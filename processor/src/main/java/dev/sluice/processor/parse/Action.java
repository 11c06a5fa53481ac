package dev.sluice.processor.parse;

/** A referential action of a foreign key, as SQL writes it. */
public enum Action {
  NO_ACTION("NO ACTION"),
  RESTRICT("RESTRICT"),
  CASCADE("CASCADE"),
  SET_NULL("SET NULL"),
  SET_DEFAULT("SET DEFAULT");

  private final String sql;

  Action(String sql) {
    this.sql = sql;
  }

  public String sql() {
    return sql;
  }
}
