package dev.sluice.example.naturalkeys;

import dev.sluice.annotations.Schema;

/** Mutable primary keys: cascaded by the database, or propagated by the ORM. */
@Schema(entities = {User.class, Address.class, Author.class, Book.class})
public interface NaturalKeySchema {}
