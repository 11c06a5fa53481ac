package dev.sluice.it.passive;

import dev.sluice.annotations.Schema;

/** passiveDeletes = ON over ON DELETE CASCADE: unloaded children are the database's job. */
@Schema(entities = {Parent.class, Child.class})
public interface PassiveSchema {}
