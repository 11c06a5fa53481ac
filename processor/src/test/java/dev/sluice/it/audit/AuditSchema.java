package dev.sluice.it.audit;

import dev.sluice.annotations.Schema;

/** A relationship with no foreign key in the database: audit rows survive their parent. */
@Schema(entities = {Test.class, TestAuditLog.class})
public interface AuditSchema {}
