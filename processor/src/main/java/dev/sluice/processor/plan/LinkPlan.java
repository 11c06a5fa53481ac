package dev.sluice.processor.plan;

/**
 * The statements that write one many-to-many relation's association rows, as the runtime binds
 * them: the owner's join columns come first, then the target's, each bound with {@code ?}.
 *
 * @param insert INSERT of one link
 * @param delete DELETE of one link, by both sides' keys
 * @param deleteOfOwner DELETE of every link of one owner, by its keys
 * @param deleteOfOwners DELETE of every link of a set of owners, {@code … IN ({keys})}; only
 *     for a single-column join, else {@code null}
 * @param updateOwnerKey UPDATE of the owner's key in its links ({@code SET c = ? WHERE c = ?});
 *     only for a single-column join, else {@code null}
 */
public record LinkPlan(String insert, String delete, String deleteOfOwner,
    String deleteOfOwners, String updateOwnerKey) {}
