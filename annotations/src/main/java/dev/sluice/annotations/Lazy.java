package dev.sluice.annotations;

/** How a relationship is loaded. */
public enum Lazy {
  /** One SELECT on first access. */
  SELECT,
  /** With the parents: one IN query for all parents one query loaded. */
  SELECTIN,
  /** With the parents: a LEFT OUTER JOIN in the parents' query. */
  JOINED,
  /** Never loaded whole: the holder is a query ({@code RelatedQuery}). */
  DYNAMIC,
  /** Access without an explicit load fails. */
  RAISE,
  /** Never loaded; only what is added in memory is seen. */
  NOLOAD
}
