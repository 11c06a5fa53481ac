package dev.sluice.example.tree;

import dev.sluice.annotations.Schema;

/** One table of nodes, each pointing at its parent. */
@Schema(entities = TreeNode.class)
public interface TreeSchema {}
