package dev.sluice.it.decision;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links crates and stickers. */
@AssociationTable(name = "crate_sticker")
public class CrateSticker {
  @ForeignKey(entity = Crate.class) Long crateId;
  @ForeignKey(entity = Sticker.class) Long stickerId;
}
