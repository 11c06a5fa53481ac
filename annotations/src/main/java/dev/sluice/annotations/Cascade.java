package dev.sluice.annotations;

/** A session operation that follows a relationship from parent to related objects. */
public enum Cascade {
  /** Adding the parent to a session adds the related objects. */
  SAVE_UPDATE,
  /** Merging the parent merges the related objects. */
  MERGE,
  /** Expunging the parent expunges the related objects. */
  EXPUNGE,
  /** Deleting the parent deletes the related objects. */
  DELETE,
  /** A related object removed from its parent is deleted. Not part of {@link #ALL}. */
  DELETE_ORPHAN,
  /** Refreshing or expiring the parent does the same to the loaded related objects. */
  REFRESH_EXPIRE,
  /** All of the above but {@link #DELETE_ORPHAN}. */
  ALL
}
