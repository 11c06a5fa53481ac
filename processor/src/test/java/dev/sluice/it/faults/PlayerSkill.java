package dev.sluice.it.faults;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** Links players and skills. */
@AssociationTable(name = "player_skill")
public class PlayerSkill {
  @ForeignKey(entity = Player.class) Long playerId;
  @ForeignKey(entity = Skill.class) Long skillId;
}
