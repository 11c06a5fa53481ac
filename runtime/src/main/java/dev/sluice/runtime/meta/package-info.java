/**
 * The metamodel the processor generates and the runtime executes, for users to read: entity
 * types ({@code X_.TYPE}), columns, relations ({@code X_.LOGS}, for {@code session.load}),
 * foreign keys, flush plans and schema metadata. The generated code makes them through
 * {@code dev.sluice.runtime.generated}; the flush plans' builder and the factories of delete
 * steps and set statements, still here, are for the generated code only.
 */
package dev.sluice.runtime.meta;
