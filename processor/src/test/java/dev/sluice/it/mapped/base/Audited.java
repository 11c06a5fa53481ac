package dev.sluice.it.mapped.base;

import dev.sluice.annotations.Column;
import dev.sluice.annotations.MappedSuperclass;

/** Audit columns shared by entities of other packages: public, or behind public accessors. */
@MappedSuperclass
public abstract class Audited {
  @Column(nullable = false) public String createdBy;
  private long revision;

  public long getRevision() {
    return revision;
  }

  public void setRevision(long revision) {
    this.revision = revision;
  }
}
