package vn.ntm.ocop.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.certificate.CertificateStates;
import vn.ntm.ocop.mark.MarkUseService;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.security.OcopAccess;
import vn.ntm.ocop.support.OcopConfig;

/**
 * A product's trace data in the JSON shape of the national portal. The portal's import schema is not public, so the shape
 * is the mapping file of {@code ocop.trace.export-mapping}: output names to sources, read once and checked on load.
 */
@ApplicationScoped
public class TraceExportService {

    private static final Set<String> SOURCES = Set.of("product.name", "product.group", "product.communeCode", "product.communeName",
            "product.provinceCode", "subject.name", "subject.type", "certificate.number", "certificate.stars", "certificate.state",
            "certificate.validUntil", "code.elementString", "code.gtin", "code.lot", "code.serial", "code.gln", "code.glnExtension",
            "code.producedOn", "code.quantity", "code.unit", "code.digitalLink", "event.direction", "event.date", "event.partnerGln");

    @Inject
    ObjectMapper json;

    @Inject
    OcopConfig config;

    @Inject
    TraceService traces;

    @Inject
    MarkUseService marks;

    @Inject
    OcopAccess access;

    @Inject
    CertificateStates states;

    private volatile JsonNode mapping;

    /** The mapping, checked: a source no record has is a configuration error, said once rather than exported as null. */
    JsonNode mapping() {
        if (mapping == null) {
            String resource = config.trace().exportMapping();
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("ocop.trace.export-mapping names " + resource + ", which is not on the classpath");
                }
                JsonNode read = json.readTree(in);
                Set<String> items = Set.copyOf(TraceDataItem.<TraceDataItem>listAll().stream().map(i -> i.code).toList());
                for (String section : List.of("product", "codes.item", "events.item")) {
                    JsonNode fields = section.contains(".") ? read.path(section.split("\\.")[0]).path("item") : read.path(section);
                    fields.properties().forEach(f -> {
                        String source = f.getValue().asText();
                        boolean known = SOURCES.contains(source) || source.startsWith("event.data.") && items.contains(source.substring(11));
                        if (!known) {
                            throw new IllegalStateException("Trace export mapping " + resource + ": field " + f.getKey() + " names unknown source " + source);
                        }
                    });
                }
                mapping = read;
            } catch (IOException e) {
                throw new IllegalStateException("Trace export mapping " + resource + " is not readable JSON", e);
            }
        }
        return mapping;
    }

    public ObjectNode export(UUID productId) {
        Product p = marks.product(productId);
        access.requireProductRecord(p.subject.id, p.provinceCode);
        JsonNode m = mapping();
        Map<String, Object> base = new HashMap<>();
        base.put("product.name", p.name);
        base.put("product.group", p.group);
        base.put("product.communeCode", p.communeCode);
        base.put("product.communeName", p.communeName);
        base.put("product.provinceCode", p.provinceCode);
        base.put("subject.name", p.subject.name);
        base.put("subject.type", p.subject.type);
        Certificate c = p.currentCertificate;
        base.put("certificate.number", c == null ? null : c.number);
        base.put("certificate.stars", c == null ? null : c.stars);
        base.put("certificate.state", c == null ? null : states.now(c));
        base.put("certificate.validUntil", c == null ? null : c.validUntil);

        ObjectNode out = json.createObjectNode();
        out.put("schema", m.path("schema").asText(null));
        fill(out, m.path("product"), base, m.path("values"));
        ArrayNode codes = out.putArray(m.path("codes").path("field").asText("codes"));
        List<TraceCode> all = TraceCode.<TraceCode>find(TraceService.SELECT + " where p.id = ?1 order by t.producedOn, t.createdAt", p.id).list();
        for (TraceCode t : all) {
            Map<String, Object> code = new HashMap<>(base);
            code.put("code.elementString", t.elementString);
            code.put("code.gtin", t.gtin);
            code.put("code.lot", t.lot);
            code.put("code.serial", t.serial);
            code.put("code.gln", t.gln);
            code.put("code.glnExtension", t.glnExtension);
            code.put("code.producedOn", t.producedOn);
            code.put("code.quantity", t.quantity);
            code.put("code.unit", t.unit);
            code.put("code.digitalLink", traces.digitalLink(t));
            ObjectNode codeNode = codes.addObject();
            fill(codeNode, m.path("codes").path("item"), code, m.path("values"));
            ArrayNode events = codeNode.putArray(m.path("events").path("field").asText("events"));
            for (TraceEvent e : traces.events(t)) {
                Map<String, Object> event = new HashMap<>(code);
                event.put("event.direction", e.direction);
                event.put("event.date", e.eventDate);
                event.put("event.partnerGln", e.partnerGln);
                e.data.forEach((k, v) -> event.put("event.data." + k, v));
                fill(events.addObject(), m.path("events").path("item"), event, m.path("values"));
            }
        }
        return out;
    }

    private void fill(ObjectNode node, JsonNode fields, Map<String, Object> sources, JsonNode values) {
        Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            String source = f.getValue().asText();
            Object value = sources.get(source);
            JsonNode translated = value == null ? null : values.path(source).get(value.toString());
            node.set(f.getKey(), translated != null ? translated : json.valueToTree(value));
        }
    }
}
