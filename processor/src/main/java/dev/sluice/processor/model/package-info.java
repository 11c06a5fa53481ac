/**
 * The linked, immutable model of a schema: entities, columns, foreign keys and resolved
 * relationships, plus the linker that builds it from parsed declarations.
 */
package dev.sluice.processor.model;
