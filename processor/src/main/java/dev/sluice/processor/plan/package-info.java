/**
 * Plans a valid schema once, at compile time: table order, DDL per dialect, the SQL of each
 * entity's statements, and the ordered steps of deleting each entity.
 */
package dev.sluice.processor.plan;
