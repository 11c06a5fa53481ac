package dev.sluice.it.faults;

import dev.sluice.annotations.Schema;

/** Fault-injection models: generated keys, a many-to-many, two levels of natural keys. */
@Schema(entities = {Team.class, Player.class, Skill.class, League.class,
    Club.class, Member.class})
public interface FaultSchema {}
