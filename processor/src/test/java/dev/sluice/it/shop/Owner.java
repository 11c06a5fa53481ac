package dev.sluice.it.shop;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;
import java.math.BigDecimal;

/** An owner of pets (deleted with it), a badge (kept) and toys (one owner each). */
@Entity(table = "owner")
public class Owner {
  @Id @GeneratedValue Long id;
  @Column(nullable = false) String name;
  @Column(unique = true) String email;
  BigDecimal balance;

  @Relationship(backPopulates = "owner", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      orderBy = "name")
  final RelatedList<Pet> pets = Owner_.pets(this);

  @Relationship(backPopulates = "owner")
  final RelatedRef<Badge> badge = Owner_.badge(this);

  @Relationship(secondary = OwnerToy.class, backref = "owner",
      cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, singleParent = true)
  final RelatedList<Toy> toys = Owner_.toys(this);

  @Relationship(backPopulates = "owner")
  final RelatedList<Address> addresses = Owner_.addresses(this);

  Owner() {}

  Owner(String name) {
    this.name = name;
  }
}
