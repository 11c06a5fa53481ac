package dev.sluice.it.session;

import dev.sluice.annotations.Schema;

/** Folders with their docs and memos: the session's states, loading and holder semantics. */
@Schema(entities = {Folder.class, Doc.class, Memo.class})
public interface SessionSchema {}
