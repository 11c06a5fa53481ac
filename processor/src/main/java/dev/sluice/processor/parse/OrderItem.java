package dev.sluice.processor.parse;

/** One key of a relationship's {@code orderBy}: a target field and its direction. */
public record OrderItem(String field, boolean descending) {}
