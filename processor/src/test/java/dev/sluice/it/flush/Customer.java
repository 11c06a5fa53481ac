package dev.sluice.it.flush;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A customer whose orders cannot outlive it (delete-orphan, NOT NULL key). */
@Entity(table = "customers")
public class Customer {
  @Id @GeneratedValue Long id;
  @Column(nullable = false) String name;

  @Relationship(backPopulates = "customer", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN},
      orderBy = "id")
  final RelatedList<Order> orders = Customer_.orders(this);

  Customer() {}

  Customer(String name) {
    this.name = name;
  }
}
