package dev.sluice.it.shop;

import dev.sluice.annotations.Schema;

/** Owners, their pets, badge, addresses and toys: every cascade of the unit of work. */
@Schema(entities = {Owner.class, Pet.class, Badge.class, Address.class, Toy.class})
public interface ShopSchema {}
