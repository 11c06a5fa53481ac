package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.PolymorphicIdentity;
import dev.sluice.annotations.PolymorphicOn;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** Table {@code base}, with a many-to-one to {@link EtsRelated}. */
@Entity(table = "base")
@PolymorphicOn("type")
@PolymorphicIdentity("b")
public class EtsBase {
  @Id @GeneratedValue Long id;
  String type;
  @ForeignKey(entity = EtsRelated.class) Long relatedId;

  @Relationship
  final RelatedRef<EtsRelated> related = EtsBase_.related(this);
}
