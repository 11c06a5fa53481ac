package dev.sluice.it.widgets;

import dev.sluice.annotations.Schema;

/** Mutually dependent rows: a widget's favorite entry is written by a post-update. */
@Schema(entities = {Widget.class, Entry.class, Node.class})
public interface WidgetSchema {}
