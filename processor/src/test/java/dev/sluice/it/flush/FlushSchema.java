package dev.sluice.it.flush;

import dev.sluice.annotations.Schema;

/** Models for the order of a flush's work: orphans of deleted parents, moves, self-references. */
@Schema(entities = {Customer.class, Order.class, Tier1.class, Tier2.class, Tier3.class,
    Post.class, Comment.class, Topic.class, Reply.class})
public interface FlushSchema {}
