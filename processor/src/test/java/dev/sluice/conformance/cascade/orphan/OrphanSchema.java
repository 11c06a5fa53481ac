package dev.sluice.conformance.cascade.orphan;

import dev.sluice.annotations.Schema;

/** The users, addresses, orders and dingalings of test_cascade.py's delete-orphan tests. */
@Schema(entities = {User.class, Address.class, Order.class, Dingaling.class})
public interface OrphanSchema {}
