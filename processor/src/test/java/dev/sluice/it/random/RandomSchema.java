package dev.sluice.it.random;

import dev.sluice.annotations.Schema;

/**
 * The model of the random operation sequences: parents with delete-orphan children (of a
 * subclass stored in the same table, or of one with a table of its own, by turns), notes that are nullified when their parent goes,
 * and tags linked many-to-many.
 */
@Schema(entities = {RParent.class, RChild.class, RBigChild.class, RJoinedChild.class,
    RNote.class, RTag.class})
public interface RandomSchema {}
