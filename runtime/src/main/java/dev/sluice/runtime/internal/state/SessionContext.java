package dev.sluice.runtime.internal.state;

import dev.sluice.runtime.EntityQuery;
import dev.sluice.runtime.meta.Relation;

/**
 * What an object's state and its relation holders need from the session the object is in:
 * its identity (an object belongs to one session) and the few calls a holder makes on a
 * change or a lazy load. The session implements it; nothing below the session names the
 * session class.
 */
public interface SessionContext {
  /** Loads one relation of one owner, after an autoflush. */
  void loadRelation(InstanceState owner, Relation<Object, ?> relation);

  /** Adds an object reached through a SAVE_UPDATE relation of an object in this session. */
  void cascadeAdd(Object target);

  /** Expunges {@code target} (cascading EXPUNGE) if it is pending in this session. */
  void expungePendingOrphan(Object target);

  /** The current target of a many-to-one from the identity map, without SQL, or {@code null}. */
  <T> T peekReference(Relation<Object, T> relation, Object owner);

  /** A relation holder of {@code owner} linked or unlinked an object (the next flush looks). */
  void linksChanged(InstanceState owner);

  /** A query over the rows related to one owner (the DYNAMIC holder's query). */
  <T> EntityQuery<T> relationQuery(InstanceState owner, Relation<Object, T> relation);
}
