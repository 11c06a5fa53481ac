/**
 * Sluice's API: {@link dev.sluice.runtime.SessionFactory} and the {@link
 * dev.sluice.runtime.Session} it opens, {@link dev.sluice.runtime.EntityQuery}, the holders of
 * relationship fields ({@link dev.sluice.runtime.RelatedList}, {@link
 * dev.sluice.runtime.RelatedSet}, {@link dev.sluice.runtime.RelatedRef}, {@link
 * dev.sluice.runtime.RelatedQuery}) and the exceptions under {@link
 * dev.sluice.runtime.SluiceException}. The packages {@code internal} and {@code support} are
 * not API.
 */
package dev.sluice.runtime;
