package dev.sluice.it.faults;

import dev.sluice.annotations.Schema;

/** An entity without relations, for the session misuse tests. */
@Schema(entities = {Stamp.class})
public interface MisuseSchema {}
