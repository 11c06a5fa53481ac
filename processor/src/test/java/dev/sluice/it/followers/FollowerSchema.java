package dev.sluice.it.followers;

import dev.sluice.annotations.Schema;

/** A self-referential many-to-many: users following users. */
@Schema(entities = User.class)
public interface FollowerSchema {}
