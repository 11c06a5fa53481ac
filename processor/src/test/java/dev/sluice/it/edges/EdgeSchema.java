package dev.sluice.it.edges;

import dev.sluice.annotations.Schema;

/** Models for edge cases of key propagation, merging and failed flushes. */
@Schema(entities = {Writer.class, Novel.class, Client.class, Purchase.class})
public interface EdgeSchema {}
