package dev.sluice.it.compositecycle;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A pin of a board, keyed by the board's id and its number on the board. */
@Entity(table = "pin")
public class Pin {
  @Id @ForeignKey(entity = Board.class) Long boardId;
  @Id Integer pinNo;
  String name;

  @Relationship(backPopulates = "pins")
  final RelatedRef<Board> board = Pin_.board(this);

  Pin() {}

  Pin(int pinNo, String name) {
    this.pinNo = pinNo;
    this.name = name;
  }
}
