package dev.sluice.runtime.internal.state;

import java.lang.ref.WeakReference;

/**
 * Which session holds each object of an entity type without relations. Other objects carry
 * their session in their relation holders; these carry nothing, so adding one that another
 * session holds could not be refused without this record. Entries vanish with their object.
 */
public final class Attachments {
  /** The session is held weakly too: a dropped, unclosed session holds nothing. */
  private static final WeakIdentityMap<WeakReference<SessionContext>> SESSIONS =
      new WeakIdentityMap<>();

  private Attachments() {}

  /** Whether objects of the state's type need this record (they have no relation holders). */
  static boolean tracks(InstanceState state) {
    return state.type.relations().isEmpty();
  }

  static synchronized void attached(Object entity, SessionContext session) {
    SESSIONS.put(entity, new WeakReference<>(session));
  }

  /** The object left {@code session} (and is in no other, since one session holds it). */
  static synchronized void detached(Object entity, SessionContext session) {
    WeakReference<SessionContext> holder = SESSIONS.get(entity);
    if (holder != null && holder.get() == session) {
      SESSIONS.remove(entity);
    }
  }

  /** The session holding the object, or {@code null}. */
  public static synchronized SessionContext sessionOf(Object entity) {
    WeakReference<SessionContext> holder = SESSIONS.get(entity);
    return holder == null ? null : holder.get();
  }
}
