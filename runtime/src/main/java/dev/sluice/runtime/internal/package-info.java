/**
 * The implementation behind {@code Session}: {@code SessionImpl}, the façade that owns a
 * session's identity map, handle and transaction and wires the role packages below it
 * ({@code state}, {@code holder}, {@code sql}, {@code delete}, {@code load}, {@code flush}).
 * Not API.
 */
package dev.sluice.runtime.internal;
