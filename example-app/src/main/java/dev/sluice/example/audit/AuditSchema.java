package dev.sluice.example.audit;

import dev.sluice.annotations.Schema;

/** Tests and their audit log, related without a foreign key. */
@Schema(entities = {Test.class, TestAuditLog.class})
public interface AuditSchema {}
