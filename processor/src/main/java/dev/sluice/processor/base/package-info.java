/**
 * The bottom of the processor: every diagnostic and where it points, the reporter, "did you
 * mean" hints, and the naming of generated classes and SQL identifiers. Every layer may use it;
 * it uses none of them.
 */
package dev.sluice.processor.base;
