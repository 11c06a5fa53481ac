package dev.sluice.example.session;

import dev.sluice.annotations.Schema;

/** Customers and their orders, to show what the session does with objects. */
@Schema(entities = {Customer.class, Order.class})
public interface ShopSchema {}
