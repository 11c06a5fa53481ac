package dev.sluice.it.compositecycle;

import dev.sluice.annotations.Schema;

/** A post-update cycle through a composite primary key. */
@Schema(entities = {Board.class, Pin.class})
public interface BoardSchema {}
