package dev.sluice.example.session;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;

/** A customer with a unique e-mail; its orders follow it in every session operation. */
@Entity(table = "customers")
public class Customer {
  @Id @GeneratedValue Long id;
  @Column(nullable = false) String name;
  @Column(unique = true) String email;

  @Relationship(backPopulates = "customer", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Order> orders = Customer_.orders(this);

  Customer() {}

  Customer(String name, String email) {
    this.name = name;
    this.email = email;
  }

  @Override
  public String toString() {
    return "<Customer: " + name + ">";
  }
}
