package dev.sluice.example.followers;

import dev.sluice.annotations.Schema;

/** Users and the link table of who follows whom. */
@Schema(entities = User.class)
public interface FollowerSchema {}
