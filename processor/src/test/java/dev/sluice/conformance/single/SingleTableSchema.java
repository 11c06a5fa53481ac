package dev.sluice.conformance.single;

import dev.sluice.annotations.Schema;

/**
 * Employees of four classes in one table, with rows that reference the root and a subclass;
 * listed with the referencing entities first, so the insert order must come from the keys.
 */
@Schema(entities = {Report.class, Stuff.class, Company.class, Engineer.class,
    JuniorEngineer.class, Employee.class, Manager.class})
public interface SingleTableSchema {}
