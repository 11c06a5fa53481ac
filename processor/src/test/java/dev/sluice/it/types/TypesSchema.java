package dev.sluice.it.types;

import dev.sluice.annotations.Schema;

/** An entity with a column of every supported type, and one with a primitive generated id. */
@Schema(entities = {Sample.class, Ticket.class})
public interface TypesSchema {}
