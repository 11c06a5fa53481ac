/**
 * Writes generated sources and resources with JavaPoet, one writer per artifact; writers read
 * the plan and never report.
 */
package dev.sluice.processor.write;
