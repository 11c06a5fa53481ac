package dev.sluice.conformance.joined.more;

import dev.sluice.annotations.Entity;
import dev.sluice.annotations.GeneratedValue;
import dev.sluice.annotations.Id;

/** Table {@code related}. */
@Entity(table = "related")
public class EtsRelated {
  @Id @GeneratedValue Long id;
  String data;

  EtsRelated() {}

  EtsRelated(String data) {
    this.data = data;
  }
}
