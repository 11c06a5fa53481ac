package dev.sluice.example.joined;

import dev.sluice.annotations.Schema;

/** People in one table, engineers and managers each in a table of their own as well. */
@Schema(entities = {Person.class, Engineer.class, Manager.class})
public interface JoinedSchema {}
