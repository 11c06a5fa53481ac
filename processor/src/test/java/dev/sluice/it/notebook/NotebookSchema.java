package dev.sluice.it.notebook;

import dev.sluice.annotations.Schema;

/** The Person and logs of the SQLAlchemy notebook the semantics are taken from. */
@Schema(entities = {Person.class, Log.class, OtherLog.class, MoreLog.class, OneLog.class,
    ManyLog.class})
public interface NotebookSchema {}
