package dev.sluice.it.compositefk;

import dev.sluice.annotations.Schema;

/**
 * Foreign keys over two columns: the widget/entry cycle guarded by one (closed by a
 * post-update), and shipments and pallets, listed before the bins their key references, with
 * the key and the bins' unique pair declared on mapped superclasses.
 */
@Schema(entities = {Widget.class, Entry.class, Shipment.class, Pallet.class, Bin.class})
public interface CompositeKeySchema {}
