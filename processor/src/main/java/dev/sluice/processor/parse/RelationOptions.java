package dev.sluice.processor.parse;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Lazy;
import dev.sluice.annotations.PassiveDeletes;
import java.util.Set;

/** The options of one relationship side, as {@code @Relationship} or {@code @Backref} sets them. */
public record RelationOptions(
    Set<Cascade> cascade,
    PassiveDeletes passiveDeletes,
    boolean passiveUpdates,
    boolean postUpdate,
    boolean singleParent,
    Lazy loading,
    String orderBy) {}
