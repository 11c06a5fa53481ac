/**
 * Statements and their execution: SQL fragments, bound values, statement batches, key sets,
 * key order, failure translation and the schema's DDL. Knows no object state. Not API.
 */
package dev.sluice.runtime.internal.sql;
