/**
 * Links a schema's parsed declarations into the model: columns and foreign keys resolved to
 * entities, association tables, relationships resolved to a direction, a join and a partner.
 * What cannot be linked is reported here, once, on the declaration that is wrong.
 */
package dev.sluice.processor.link;
