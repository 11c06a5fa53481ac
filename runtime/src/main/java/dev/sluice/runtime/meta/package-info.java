/**
 * The metamodel the processor generates and the runtime executes: entity types, columns,
 * relations, flush plans and schema metadata. Users read it; only generated code builds it.
 */
package dev.sluice.runtime.meta;
