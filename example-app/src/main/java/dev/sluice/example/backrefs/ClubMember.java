package dev.sluice.example.backrefs;

import dev.sluice.annotations.AssociationTable;
import dev.sluice.annotations.ForeignKey;

/** The link table of clubs and their members. */
@AssociationTable(name = "club_members")
public class ClubMember {
  @ForeignKey(entity = Person.class) Long personId;
  @ForeignKey(entity = Club.class) Long clubId;
}
