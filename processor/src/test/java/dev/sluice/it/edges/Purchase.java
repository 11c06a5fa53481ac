package dev.sluice.it.edges;

import dev.sluice.annotations.Cascade;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.ForeignKey;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;
import dev.sluice.annotations.Relationship;
import dev.sluice.runtime.RelatedRef;

/** A purchase of a client; adding one does not add its client (no SAVE_UPDATE that way). */
@Entity(table = "purchase")
public class Purchase {
  @Id @GeneratedValue Long id;
  String item;
  @ForeignKey(entity = Client.class) Long clientId;

  @Relationship(backPopulates = "purchases", cascade = {Cascade.MERGE})
  final RelatedRef<Client> client = Purchase_.client(this);

  Purchase() {}

  Purchase(String item) {
    this.item = item;
  }
}
