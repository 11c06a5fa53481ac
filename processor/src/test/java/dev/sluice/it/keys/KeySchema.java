package dev.sluice.it.keys;

import dev.sluice.annotations.Schema;

/** Keys the ORM propagates (passiveUpdates = false) along every kind of relation. */
@Schema(entities = {Company.class, Employee.class, Quote.class, Listing.class, Branch.class,
    Desk.class, Region.class, Office.class, Room.class,
    Plate.class})
public interface KeySchema {}
