/**
 * Checks a schema and reports every mistake once, as a compile error or warning on the most
 * precise position: per-entity rules, then one class per rule over the schema graph.
 */
package dev.sluice.processor.validate;
