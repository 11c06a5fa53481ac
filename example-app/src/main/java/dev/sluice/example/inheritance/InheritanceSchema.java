package dev.sluice.example.inheritance;

import dev.sluice.annotations.Schema;

/** People and engineers in one table. */
@Schema(entities = {Person.class, Engineer.class})
public interface InheritanceSchema {}
