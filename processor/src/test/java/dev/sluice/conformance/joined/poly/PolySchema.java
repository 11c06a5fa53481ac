package dev.sluice.conformance.joined.poly;

import dev.sluice.annotations.Schema;

/** The tables of SQLAlchemy's polymorphic fixture (test/orm/inheritance/_poly_fixtures.py). */
@Schema(entities = {Company.class, Person.class, Engineer.class, Manager.class, Boss.class,
    Machine.class, Paperwork.class})
public interface PolySchema {}
