package dev.sluice.it.bugs;

import dev.sluice.annotations.Schema;

/** The models of the reproductions of known bugs, each test disabled until its fix. */
@Schema(entities = {Writer.class, Novel.class, Client.class, Purchase.class})
public interface BugSchema {}
