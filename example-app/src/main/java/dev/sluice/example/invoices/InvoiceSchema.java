package dev.sluice.example.invoices;

import dev.sluice.annotations.Schema;

/** Invoices whose lines are keyed by two columns, and adjustments that reference a line. */
@Schema(entities = {Invoice.class, Product.class, Line.class, Adjustment.class})
public interface InvoiceSchema {}
