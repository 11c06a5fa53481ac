package dev.sluice.processor.model;

import java.util.List;

/** A UNIQUE constraint over several columns of an entity's table, by their fields. */
public record UniqueKey(List<String> fields) {}
