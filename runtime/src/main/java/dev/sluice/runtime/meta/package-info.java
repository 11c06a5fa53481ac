/**
 * The metamodel the processor generates and the runtime executes, for users to read: entity
 * types ({@code X_.TYPE}), columns, relations ({@code X_.LOGS}, for {@code session.load}),
 * foreign keys, schema metadata and the DDL of its tables. The generated code makes them
 * through {@code dev.sluice.runtime.generated}, which also holds the flush plans: nothing here
 * is for the generated code only.
 */
package dev.sluice.runtime.meta;
