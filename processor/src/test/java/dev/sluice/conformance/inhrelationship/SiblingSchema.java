package dev.sluice.conformance.inhrelationship;

import dev.sluice.annotations.Schema;

/** M2ODontLoadSiblingTest: many-to-ones to a hierarchy's root and to one of its subclasses. */
@Schema(entities = {Parent.class, Child1.class, Child2.class, Other.class})
public interface SiblingSchema {}
