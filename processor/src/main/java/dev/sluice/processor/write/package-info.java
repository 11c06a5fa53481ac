/**
 * Writes generated sources and resources, one writer per artifact: the per-entity sources as
 * {@link dev.sluice.processor.write.CodeText} (text with type names resolved on rendering), the
 * schema's two sources with JavaPoet; writers read the plan and never report.
 */
package dev.sluice.processor.write;
