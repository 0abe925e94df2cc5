package vn.ntm.communes.units;

/**
 * Fired inside the transaction that changed units or lineage (an import). Observers recompute what derives from the
 * units in the same transaction; the unit caches are dropped once it commits.
 */
public record UnitsChanged(String cause) {
}
