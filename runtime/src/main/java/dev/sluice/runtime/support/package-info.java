/**
 * Helpers the generated code calls (unboxing into primitive fields, the value comparisons of
 * dirty checks, the rendering of planned SQL over a set of keys). Not API: public only so that
 * generated classes in the users' packages can reach them; never call them directly.
 */
package dev.sluice.runtime.support;
