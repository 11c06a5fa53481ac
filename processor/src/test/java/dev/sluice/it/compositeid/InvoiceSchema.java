package dev.sluice.it.compositeid;

import dev.sluice.annotations.Schema;

/** Invoices whose lines are keyed by two columns. */
@Schema(entities = {Invoice.class, Product.class, Line.class, Adjustment.class})
public interface InvoiceSchema {}
