package dev.sluice.it.mapped;

import dev.sluice.annotations.Schema;

/** Two entities whose id and audit columns come from mapped superclasses. */
@Schema(entities = {Folder.class, Paper.class})
public interface MappedSchema {}
