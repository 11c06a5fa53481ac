package dev.sluice.conformance.unitofwork;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import java.time.LocalDate;

/** The tables of test_unitofwork.py's PKTest and PartialNullPKTest: keys of several columns. */
final class MultiPkModel {
  private MultiPkModel() {}

  /** An entry keyed by two strings ({@code multipk2}). */
  @Entity(table = "multipk2")
  static class Entry {
    @Id @Column(name = "pk_col_1", length = 30) String pkCol1;
    @Id @Column(name = "pk_col_2", length = 30) String pkCol2;
    @Column(length = 30) String data;

    Entry() {}

    Entry(String pkCol1, String pkCol2, String data) {
      this.pkCol1 = pkCol1;
      this.pkCol2 = pkCol2;
      this.data = data;
    }
  }

  /** An entry keyed by two codes and a date, under other column names ({@code multipk3}). */
  @Entity(table = "multipk3")
  static class DatedEntry {
    @Id @Column(name = "pri_code", length = 30) String primary;
    @Id @Column(name = "sec_code", length = 30) String secondary;
    @Id @Column(name = "date_assigned") LocalDate assigned;
    @Column(length = 30) String data;

    DatedEntry() {}

    DatedEntry(String primary, String secondary, LocalDate assigned, String data) {
      this.primary = primary;
      this.secondary = secondary;
      this.assigned = assigned;
      this.data = data;
    }
  }

  /** A row of {@code t1}, keyed by two strings that may be left empty. */
  @Entity(table = "t1")
  static class T1 {
    @Id @Column(length = 10) String col1;
    @Id @Column(length = 10) String col2;
    @Column(length = 50) String col3;

    T1() {}

    T1(String col1, String col2) {
      this.col1 = col1;
      this.col2 = col2;
    }
  }
}
