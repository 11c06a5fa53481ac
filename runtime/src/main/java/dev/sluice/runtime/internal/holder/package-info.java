/**
 * The relation holders behind {@code RelatedList}, {@code RelatedSet}, {@code RelatedRef} and
 * {@code RelatedQuery}: their contents, changes and back-reference sync. Not API: public only
 * so that the generated factories ({@code X_.logs(this)}) can construct them.
 */
package dev.sluice.runtime.internal.holder;
