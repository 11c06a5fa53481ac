package dev.sluice.bench;

/** The names of one contender's four tables (Sluice's, which Jdbi shares, or Hibernate's). */
public record Tables(String parent, String child, String tag, String link) {
  /** Sluice's tables, created from its generated DDL; the hand-written Jdbi code uses them too. */
  public static final Tables SLUICE = new Tables("parent", "child", "tag", "parent_tag");
  /** Hibernate's tables, of the same shape. */
  public static final Tables HIBERNATE = new Tables("h_parent", "h_child", "h_tag",
      "h_parent_tag");

  /** The tables in an order that deletes children first. */
  public String[] dependentsFirst() {
    return new String[] {link, child, parent};
  }
}
