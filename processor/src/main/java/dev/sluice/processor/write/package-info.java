/**
 * Writes generated sources and resources, one writer per artifact; sources are written as
 * {@link dev.sluice.processor.write.CodeText} (text whose type names are resolved when the file
 * is rendered), with JavaPoet's type names. Writers read the plan and never report.
 */
package dev.sluice.processor.write;
