package dev.sluice.annotations;

/** How deleting a parent treats its children. */
public enum PassiveDeletes {
  /** Children are loaded if needed and deleted or nullified by the ORM. */
  OFF,
  /** Unloaded children are left to the database's ON DELETE; loaded ones are still processed. */
  ON,
  /** Children are never touched, loaded or not. */
  ALL
}
