/**
 * The implementation behind {@code Session} and the holders: identity map, loading, unit of
 * work, plan execution, and the one implementation of each holder interface. Not API: public
 * only so that the generated factories ({@code X_.logs(this)}) can construct the holders.
 */
package dev.sluice.runtime.internal;
