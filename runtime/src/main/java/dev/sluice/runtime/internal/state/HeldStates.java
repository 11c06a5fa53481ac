package dev.sluice.runtime.internal.state;

/**
 * Reaches the session state an object keeps in its relation holders. An object with relations
 * carries its state there, as SQLAlchemy's instance state rides on the object, so finding it
 * needs no hash table; an object without relations has no holders and is found by identity.
 */
public interface HeldStates {
  /** The state the object's holders are bound to; {@code null} if it has none or never had one. */
  InstanceState find(Object entity);

  /**
   * Binds the holders of the state's object to it (nothing for an object without relations);
   * whether any holder has link changes not flushed yet. The holders of a {@code loaded} object
   * (just read) are made unloaded in the same pass.
   */
  boolean bind(InstanceState state, boolean loaded);
}
