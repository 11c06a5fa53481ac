package dev.sluice.bench.hibernate;

import dev.sluice.bench.Database;
import java.util.List;

/**
 * The DDL of Hibernate's tables: the same shape, constraints and indexes as Sluice's, with
 * {@code h_} names and the sequences of its pooled id generator (on SQLite, which has no
 * sequences, Hibernate keeps each sequence in a one-row table).
 */
public final class HibernateSchema {
  /** Ids fetched per sequence call (Hibernate's pooled optimizer). */
  public static final int ALLOCATION = 100;

  private static final List<String> SEQUENCES = List.of("h_parent_seq", "h_child_seq");

  private HibernateSchema() {}

  /** The statements that create the tables on this database. */
  public static List<String> ddl(Database.Kind kind) {
    String id = kind == Database.Kind.SQLITE ? "INTEGER PRIMARY KEY" : "BIGINT PRIMARY KEY";
    String ref = kind == Database.Kind.SQLITE ? "INTEGER" : "BIGINT";
    List<String> tables = List.of(
        "CREATE TABLE h_parent (id " + id + ", name VARCHAR(100) NOT NULL,"
            + " score INTEGER NOT NULL)",
        "CREATE INDEX ix_h_parent_score ON h_parent (score)",
        "CREATE TABLE h_child (id " + id + ", name VARCHAR(100) NOT NULL,"
            + " parent_id " + ref + " NOT NULL,"
            + " CONSTRAINT fk_h_child_parent_id FOREIGN KEY (parent_id) REFERENCES h_parent (id))",
        "CREATE INDEX ix_h_child_parent_id ON h_child (parent_id)",
        "CREATE TABLE h_tag (id " + id + ", name VARCHAR(100) NOT NULL)",
        "CREATE TABLE h_parent_tag (parent_id " + ref + " NOT NULL, tag_id " + ref + " NOT NULL,"
            + " PRIMARY KEY (parent_id, tag_id),"
            + " CONSTRAINT fk_h_parent_tag_parent_id FOREIGN KEY (parent_id)"
            + " REFERENCES h_parent (id),"
            + " CONSTRAINT fk_h_parent_tag_tag_id FOREIGN KEY (tag_id) REFERENCES h_tag (id))",
        "CREATE INDEX ix_h_parent_tag_tag_id ON h_parent_tag (tag_id)");
    List<String> sequences = SEQUENCES.stream().flatMap(name -> kind == Database.Kind.SQLITE
        ? List.of("CREATE TABLE " + name + " (next_val INTEGER)",
            "INSERT INTO " + name + " VALUES (1)").stream()
        : List.of("CREATE SEQUENCE " + name + " START WITH 1 INCREMENT BY " + ALLOCATION)
            .stream()).toList();
    return java.util.stream.Stream.concat(tables.stream(), sequences.stream()).toList();
  }
}
