/**
 * What the generated code builds the metamodel with: the factories of columns and foreign keys
 * and the builder of a table's DDL. Not API: public only so that generated classes in the
 * users' packages can reach them; never call them directly, read the descriptors of
 * {@code dev.sluice.runtime.meta} instead.
 */
package dev.sluice.runtime.generated;
