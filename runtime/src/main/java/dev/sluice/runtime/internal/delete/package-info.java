/**
 * The delete cascade: the one interpretation of the compiled delete decisions, the children a
 * deleted owner still has, set-based deletes and bulk query deletes. Not API.
 */
package dev.sluice.runtime.internal.delete;
