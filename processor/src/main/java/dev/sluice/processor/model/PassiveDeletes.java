package dev.sluice.processor.model;

/** What deleting a parent does to unloaded (ON) or all (ALL) children. */
public enum PassiveDeletes {
  OFF,
  ON,
  ALL
}
