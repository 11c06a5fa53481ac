package dev.sluice.it.compositecycle;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKeyConstraint;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedList;
import dev.sluice.runtime.RelatedRef;

/**
 * A board with pins, one of which is its favorite: the widget/entry cycle of the post-update
 * notes, with the pins keyed by the board's id and their number, so the favorite references a
 * composite primary key (the board's own id and the favorite's number).
 */
@Entity(table = "board")
@ForeignKeyConstraint(columns = {"boardId", "favoriteNo"}, entity = Pin.class,
    references = {"boardId", "pinNo"})
public class Board {
  @Id @GeneratedValue Long boardId;
  String name;
  Integer favoriteNo;

  @Relationship(backPopulates = "board", cascade = {Cascade.ALL, Cascade.DELETE_ORPHAN})
  final RelatedList<Pin> pins = Board_.pins(this);

  @Relationship(postUpdate = true, foreignKeys = {"Board.boardId", "Board.favoriteNo"},
      primaryJoin = "Board.boardId = Pin.boardId AND Board.favoriteNo = Pin.pinNo")
  final RelatedRef<Pin> favorite = Board_.favorite(this);

  Board() {}

  Board(String name) {
    this.name = name;
  }
}
