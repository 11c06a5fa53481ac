/**
 * Reading: rows into objects through the identity map, relation loads, and the
 * {@code EntityQuery} implementation. Not API.
 */
package dev.sluice.runtime.internal.load;
