package dev.sluice.conformance.single;

import dev.sluice.annotations.Schema;

/** RelationshipToSingleTest: parents whose relations target a subclass of an abstract root. */
@Schema(entities = {Division.class, Lab.class, Staffer.class, Boss.class, Technician.class,
    JuniorTechnician.class})
public interface ToSubclassSchema {}
