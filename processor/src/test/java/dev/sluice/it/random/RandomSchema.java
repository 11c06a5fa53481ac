package dev.sluice.it.random;

import dev.sluice.annotations.Schema;

/**
 * The model of the random operation sequences: parents with delete-orphan children (every other
 * one of a subclass stored in the same table), notes that are nullified when their parent goes,
 * and tags linked many-to-many.
 */
@Schema(entities = {RParent.class, RChild.class, RBigChild.class, RNote.class, RTag.class})
public interface RandomSchema {}
