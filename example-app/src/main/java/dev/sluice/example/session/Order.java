package dev.sluice.example.session;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** An order of a customer. */
@Entity(table = "orders")
public class Order {
  @Id @GeneratedValue Long id;
  String item;
  @ForeignKey(entity = Customer.class) Long customerId;

  @Relationship(backPopulates = "orders")
  final RelatedRef<Customer> customer = Order_.customer(this);

  Order() {}

  Order(String item) {
    this.item = item;
  }

  @Override
  public String toString() {
    return "<Order: " + item + ">";
  }
}
