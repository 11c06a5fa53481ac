package dev.sluice.it.types;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.Entity;
import dev.sluice.annotations.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Every column type, boxed and primitive, and a field reached through accessors. */
@Entity(table = "Sample")
public class Sample {
  /** A colour stored by name. */
  enum Colour { RED, GREEN }

  @Id UUID id;
  boolean flag;
  Boolean boxedFlag;
  int count;
  Integer boxedCount;
  long total;
  Long boxedTotal;
  double ratio;
  Double boxedRatio;
  BigDecimal amount;
  @Column(length = 20) String label;
  byte[] payload;
  LocalDate day;
  LocalDateTime moment;
  Instant instant;
  OffsetDateTime stamp;
  Colour colour;
  @Column(name = "MixedCase") String mixedCase;
  private String secret;

  public String getSecret() {
    return secret;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }
}
