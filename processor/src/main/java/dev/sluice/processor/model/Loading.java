package dev.sluice.processor.model;

/** A relationship's loading strategy ({@code lazy}). */
public enum Loading {
  SELECT,
  SELECTIN,
  JOINED,
  DYNAMIC,
  RAISE,
  NOLOAD
}
