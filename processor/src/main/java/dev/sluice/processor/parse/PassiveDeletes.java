package dev.sluice.processor.parse;

/** What deleting a parent does to unloaded (ON) or all (ALL) children. */
public enum PassiveDeletes {
  OFF,
  ON,
  ALL
}
