package dev.sluice.runtime.generated;

/**
 * The statements of one many-to-many relation's association rows, as the processor wrote them:
 * parameters are the owner's join columns, then the target's. The session binds them and builds
 * none. Not API.
 *
 * @param insert INSERT of one link
 * @param delete DELETE of one link, by both sides' keys
 * @param deleteOfOwner DELETE of every link of one owner, by its keys
 * @param deleteOfOwners DELETE of every link of a set of owners ({@code … IN ({keys})}), or
 *     {@code null} for a composite join
 * @param updateOwnerKey UPDATE of an owner's key in its links ({@code SET c = ? WHERE c = ?},
 *     each column of a composite join in the SET and in the WHERE)
 */
public record LinkStatements(String insert, String delete, String deleteOfOwner,
    String deleteOfOwners, String updateOwnerKey) {}
