package dev.sluice.processor.parse;

/** A relationship's loading strategy ({@code lazy}). */
public enum Loading {
  SELECT,
  SELECTIN,
  JOINED,
  DYNAMIC,
  RAISE,
  NOLOAD
}
