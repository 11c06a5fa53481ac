package dev.sluice.example.backrefs;

import dev.sluice.annotations.Schema;

/** People with passports and clubs (backPopulates), desks and courses (backref). */
@Schema(entities = {Person.class, Passport.class, Desk.class, Club.class, Course.class})
public interface BackrefSchema {}
