/**
 * The metamodel the processor generates and the runtime executes, for users to read: entity
 * types ({@code X_.TYPE}), columns, relations ({@code X_.LOGS}, for {@code session.load}),
 * foreign keys, flush plans and schema metadata. Their builders and static factories are for
 * the generated code only; helpers that only generated code calls are in
 * {@code dev.sluice.runtime.support}.
 */
package dev.sluice.runtime.meta;
