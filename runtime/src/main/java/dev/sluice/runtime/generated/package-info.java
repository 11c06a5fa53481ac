/**
 * What the generated code builds the metamodel with: the base class of the generated
 * metamodels ({@link dev.sluice.runtime.generated.EntityModel}, which holds their field access
 * and flush plan), the builder of relations, the factories of columns and foreign keys, the
 * builder of a table's DDL, the row mapper of {@code X_.rowMapper}, and the flush plans
 * ({@code FlushPlan}, its {@code DeleteStep}s and {@code SetStatement}s), which only generated
 * code builds and only the runtime reads. Not API: public only so that generated classes in
 * the users' packages can reach them; never call them directly, read the descriptors of
 * {@code dev.sluice.runtime.meta} instead.
 */
package dev.sluice.runtime.generated;
