package dev.sluice.conformance.cascade.orphan;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A user owning addresses (with a backref) and orders (without), both delete-orphan. */
@Entity(table = "users")
public class User {
  @Id @GeneratedValue Long id;
  @Column(nullable = false, length = 30) String name;

  @Relationship(backPopulates = "user", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Address> addresses = User_.addresses(this);

  @Relationship(cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN}, orderBy = "id")
  final RelatedList<Order> orders = User_.orders(this);

  User() {}

  User(String name) {
    this.name = name;
  }
}
