package dev.sluice.conformance.joined;

import dev.sluice.annotations.Schema;

/** The note's joined hierarchy: people, engineers (foreign key), managers (logical key). */
@Schema(entities = {Machine.class, Boss.class, Company.class, Engineer.class, Person.class,
    Manager.class})
public interface JoinedSchema {}
