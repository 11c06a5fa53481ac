package dev.sluice.it.naturalkeys;

import dev.sluice.annotations.Schema;

/** Mutable primary keys: ON UPDATE CASCADE in the database, or passiveUpdates = false. */
@Schema(entities = {User.class, Address.class, Account.class, Profile.class, Setting.class})
public interface NaturalKeySchema {}
