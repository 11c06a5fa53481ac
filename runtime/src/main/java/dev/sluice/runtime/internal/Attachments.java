package dev.sluice.runtime.internal;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;

/**
 * Which session holds each object of an entity type without relations. Other objects carry
 * their session in their relation holders; these carry nothing, so adding one that another
 * session holds could not be refused without this record. Entries vanish with their object.
 */
final class Attachments {
  /** A weak reference compared by the identity of its referent. */
  private static final class Ref extends WeakReference<Object> {
    private final int hash;

    Ref(Object referent, ReferenceQueue<Object> queue) {
      super(referent, queue);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      Object referent = get();
      return other instanceof Ref ref && referent != null && referent == ref.get();
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** The session is held weakly too: a dropped, unclosed session holds nothing. */
  private static final Map<Ref, WeakReference<SessionImpl>> SESSIONS = new HashMap<>();
  private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();

  private Attachments() {}

  /** Whether objects of the state's type need this record (they have no relation holders). */
  static boolean tracks(InstanceState state) {
    return state.type.relations().isEmpty();
  }

  static synchronized void attached(Object entity, SessionImpl session) {
    expungeCollected();
    SESSIONS.put(new Ref(entity, QUEUE), new WeakReference<>(session));
  }

  /** The object left {@code session} (and is in no other, since one session holds it). */
  static synchronized void detached(Object entity, SessionImpl session) {
    expungeCollected();
    Ref key = new Ref(entity, null);
    WeakReference<SessionImpl> holder = SESSIONS.get(key);
    if (holder != null && holder.get() == session) {
      SESSIONS.remove(key);
    }
  }

  /** The session holding the object, or {@code null}. */
  static synchronized SessionImpl sessionOf(Object entity) {
    expungeCollected();
    WeakReference<SessionImpl> holder = SESSIONS.get(new Ref(entity, null));
    return holder == null ? null : holder.get();
  }

  private static void expungeCollected() {
    for (Object ref; (ref = QUEUE.poll()) != null; ) {
      SESSIONS.remove(ref);
    }
  }
}
