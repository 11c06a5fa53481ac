/**
 * The linked, immutable model of a schema: entities, columns, foreign keys and resolved
 * relationships, and the dependency graph computed from them. Plain data: it reports nothing.
 */
package dev.sluice.processor.model;
