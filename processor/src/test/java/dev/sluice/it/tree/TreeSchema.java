package dev.sluice.it.tree;

import dev.sluice.annotations.Schema;

/** An adjacency list: nodes with a parent in the same table. */
@Schema(entities = TreeNode.class)
public interface TreeSchema {}
