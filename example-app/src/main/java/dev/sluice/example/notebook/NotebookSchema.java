package dev.sluice.example.notebook;

import dev.sluice.annotations.Schema;

/** The notebook's tables: a person and five kinds of logs, one per cascade lesson. */
@Schema(entities = {Person.class, Log.class, OtherLog.class, MoreLog.class, OneLog.class,
    ManyLog.class})
public interface NotebookSchema {}
