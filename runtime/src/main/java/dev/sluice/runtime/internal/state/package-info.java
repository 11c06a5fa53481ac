/**
 * What a session knows about each object: its {@code InstanceState}, the identity map, the
 * states a factory remembers of detached objects, and identity-keyed collections. Not API.
 */
package dev.sluice.runtime.internal.state;
