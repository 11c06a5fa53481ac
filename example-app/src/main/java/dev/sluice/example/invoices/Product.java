package dev.sluice.example.invoices;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;

/** A product, known by its stock-keeping unit. */
@Entity(table = "product")
public class Product {
  @Id String sku;
  String name;

  Product() {}

  Product(String sku, String name) {
    this.sku = sku;
    this.name = name;
  }
}
