/**
 * Reads {@code @Schema} roots and their classes through annotation mirrors into declarations:
 * plain records of what the source says, with elements kept only to place diagnostics.
 */
package dev.sluice.processor.parse;
