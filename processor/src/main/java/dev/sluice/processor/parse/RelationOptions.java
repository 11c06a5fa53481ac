package dev.sluice.processor.parse;

import java.util.Set;

/** The options of one relationship side, as {@code @Relationship} or {@code @Backref} sets them. */
public record RelationOptions(
    Set<CascadeKind> cascade,
    PassiveDeletes passiveDeletes,
    boolean passiveUpdates,
    boolean postUpdate,
    boolean singleParent,
    Loading loading,
    String orderBy) {}
