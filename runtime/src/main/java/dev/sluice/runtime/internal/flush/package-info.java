/**
 * The unit of work: plan a flush in memory ({@code UnitOfWork} → {@code FlushWork}), execute
 * its statements ({@code FlushExecution} → {@code FlushOutcome}), apply the outcome to the
 * objects ({@code FlushResult}). Not API.
 */
package dev.sluice.runtime.internal.flush;
