package dev.sluice.it.joincolumn;

import dev.sluice.annotations.Schema;

/** A relationship whose primaryJoin names a unique column that is not the id. */
@Schema(entities = {Team.class, Player.class})
public interface JoinColumnSchema {}
