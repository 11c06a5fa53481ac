package dev.sluice.example.widgets;

import dev.sluice.annotations.Schema;

/** Mutually dependent rows (widget and entry) and a row pointing to itself (node). */
@Schema(entities = {Widget.class, Entry.class, Node.class})
public interface WidgetSchema {}
