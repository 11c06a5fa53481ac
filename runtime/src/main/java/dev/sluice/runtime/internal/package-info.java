/**
 * The implementation behind {@code Session}: identity map, loading, unit of work and plan
 * execution. Public only so generated code and the user-facing holders can reach it; not API.
 */
package dev.sluice.runtime.internal;
