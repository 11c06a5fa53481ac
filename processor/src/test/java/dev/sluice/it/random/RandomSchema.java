package dev.sluice.it.random;

import dev.sluice.annotations.Schema;

/**
 * The model of the random operation sequences: parents with delete-orphan children, notes that
 * are nullified when their parent goes, and tags linked many-to-many.
 */
@Schema(entities = {RParent.class, RChild.class, RNote.class, RTag.class})
public interface RandomSchema {}
