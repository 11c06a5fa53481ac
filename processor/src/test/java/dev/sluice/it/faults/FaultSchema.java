package dev.sluice.it.faults;

import dev.sluice.annotations.Schema;

/**
 * Fault-injection models: generated keys, a many-to-many, two levels of natural keys, a
 * hierarchy with joined tables, a composite primary key.
 */
@Schema(entities = {Team.class, Player.class, Skill.class, League.class,
    Club.class, Member.class, Squad.class, Staff.class, Coach.class, Scout.class,
    Roster.class, Slot.class})
public interface FaultSchema {}
