package dev.sluice.it.forest;

import dev.sluice.annotations.Schema;

/** Nodes linked to nodes of the same table by two cascading keys. */
@Schema(entities = ForestNode.class)
public interface ForestSchema {}
