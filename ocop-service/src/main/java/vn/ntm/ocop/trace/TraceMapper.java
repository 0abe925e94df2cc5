package vn.ntm.ocop.trace;

import java.util.List;
import java.util.TreeMap;

/** Entities to API records for trace codes and events. */
final class TraceMapper {

    private TraceMapper() {
    }

    static TraceViews.DataItem item(TraceDataItem i) {
        return new TraceViews.DataItem(i.code, i.name, i.appliesTo, i.mandatory, i.sourceField, i.legalSource);
    }

    static TraceViews.Event event(TraceEvent e) {
        return new TraceViews.Event(e.id, e.direction, e.eventDate, e.partnerGln, new TreeMap<>(e.data));
    }

    static TraceViews.Code code(TraceCode c, String digitalLink, List<TraceEvent> events) {
        return new TraceViews.Code(c.id, c.product.id, c.product.name, c.certificate.number, c.elementString, c.gtin, c.lot, c.serial,
                c.gln, c.glnExtension, digitalLink, c.producedOn, c.quantity, c.unit, events.stream().map(TraceMapper::event).toList(), c.version);
    }
}
