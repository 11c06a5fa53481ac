package dev.sluice.bench;

/**
 * One way of doing the workloads: Sluice, hand-written Jdbi or Hibernate. Each operation runs
 * in its own transaction (and session) and returns a count so that nothing is optimised away.
 */
public interface Contender extends AutoCloseable {
  /** The tables this contender writes. */
  Tables tables();

  /** W1's setup: builds, in memory, parents with children each (not measured). */
  void prepareGraph(int parents, int children);

  /** W1: writes the prepared graph in one flush and transaction; returns the parents. */
  int insertGraph();

  /** W2, W4: loads every parent and deletes it with its cascades; returns the parents. */
  int deleteAllParents();

  /**
   * W3: loads every parent and its children, removes {@code remove} children from each
   * collection and commits, so the orphans are deleted; returns the children removed.
   */
  int removeChildren(int remove);

  /** W5: deletes the parents scored below the limit, with every cascade; returns the count. */
  int bulkDelete(int scoreBelow);

  @Override
  void close();
}
