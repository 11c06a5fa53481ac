package dev.sluice.it.edges;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A novel referencing its writer by a logical foreign key. */
@Entity(table = "novel")
public class Novel {
  @Id @GeneratedValue Long id;
  String title;
  @ForeignKey(entity = Writer.class, constraint = false) String writerName;

  @Relationship(backPopulates = "novels")
  final RelatedRef<Writer> writer = Novel_.writer(this);

  Novel() {}

  Novel(String title) {
    this.title = title;
  }
}
