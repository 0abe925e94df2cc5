package vn.ntm.ocop.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.problem.ProblemType;
import vn.ntm.common.security.CurrentActor;
import vn.ntm.common.text.VietnameseText;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.mark.MarkUseService;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.security.OcopAccess;
import vn.ntm.ocop.support.OcopConfig;

/** Trace codes of certified products and their events, one step back and one step forward. */
@ApplicationScoped
public class TraceService {

    static final String SELECT = "from TraceCode t join fetch t.product p join fetch p.subject left join fetch p.currentCertificate "
            + "join fetch t.certificate";

    @Inject
    MarkUseService marks;

    @Inject
    OcopAccess access;

    @Inject
    CurrentActor actor;

    @Inject
    OcopConfig config;

    public List<TraceViews.DataItem> items() {
        return TraceDataItem.<TraceDataItem>find("order by appliesTo desc, code").list().stream().map(TraceMapper::item).toList();
    }

    @Transactional
    public TraceCode register(TraceRequests.Code request) {
        Product p = Product.<Product>find("from Product p join fetch p.subject left join fetch p.currentCertificate where p.id = ?1",
                request.productId()).firstResultOptional().orElseThrow(() -> ApiException.unprocessable("Unknown product.",
                        List.of(new Problem.FieldError("productId", "no OCOP product has id " + request.productId()))));
        access.requireProductRecord(p.subject.id, p.provinceCode);
        Gs1.ElementString e = elementString(request);
        Certificate c = marks.certificateInForce(p, "productId");
        // a GTIN names one trade item: another product cannot carry it
        List<UUID> owners = TraceCode.find("select distinct t.product.id from TraceCode t where t.gtin = ?1", e.gtin()).project(UUID.class).list();
        if (owners.stream().anyMatch(o -> !o.equals(p.id))) {
            throw new ApiException(ProblemType.CONFLICT, "GTIN " + e.gtin() + " already identifies another OCOP product.",
                    List.of(new Problem.FieldError("gtin", "already used by another product")), null);
        }
        if (TraceCode.count("gtin = ?1 and coalesce(lot, '') = ?2 and coalesce(serial, '') = ?3", e.gtin(),
                e.lot() == null ? "" : e.lot(), e.serial() == null ? "" : e.serial()) > 0) {
            throw new ApiException(ProblemType.CONFLICT, "Trace code " + Gs1.hri(e) + " is already registered.",
                    List.of(new Problem.FieldError(e.serial() != null ? "serial" : "lot", "this GTIN already has a trace code with this "
                            + (e.serial() != null ? "serial" : "lot"))), null);
        }
        TraceCode t = new TraceCode();
        t.id = UUID.randomUUID();
        t.product = p;
        t.certificate = c;
        t.gtin = e.gtin();
        t.lot = e.lot();
        t.serial = e.serial();
        t.gln = e.gln();
        t.glnExtension = e.glnExtension();
        t.elementString = Gs1.hri(e);
        t.producedOn = request.producedOn();
        t.quantity = request.quantity();
        t.unit = VietnameseText.nfc(request.unit());
        t.createdBy = actor.get().subject();
        t.createdAt = Instant.now();
        t.persist();
        return t;
    }

    /** The code from either its element string or its separate fields; every GS1 refusal names the field it came from. */
    private static Gs1.ElementString elementString(TraceRequests.Code r) {
        try {
            Gs1.ElementString e;
            if (r.elementString() != null && !r.elementString().isBlank()) {
                if (r.gtin() != null || r.lot() != null || r.serial() != null || r.gln() != null || r.glnExtension() != null) {
                    throw new Gs1.Gs1Exception("elementString", "send either elementString or the separate fields, not both");
                }
                e = Gs1.parse(r.elementString(), "elementString");
            } else {
                if (r.gtin() == null) {
                    throw new Gs1.Gs1Exception("gtin", "a trace code needs the product's GTIN (or an elementString)");
                }
                e = new Gs1.ElementString(Gs1.gtin(r.gtin(), "gtin"),
                        r.lot() == null ? null : Gs1.alphanumeric(r.lot(), "lot", Gs1.AI_LOT),
                        r.serial() == null ? null : Gs1.alphanumeric(r.serial(), "serial", Gs1.AI_SERIAL),
                        r.gln() == null ? null : Gs1.gln(r.gln(), "gln"),
                        r.glnExtension() == null ? null : Gs1.alphanumeric(r.glnExtension(), "glnExtension", Gs1.AI_GLN_EXTENSION));
            }
            if (e.lot() == null && e.serial() == null) {
                throw new Gs1.Gs1Exception(r.elementString() != null ? "elementString" : "lot",
                        "a trace code identifies a lot (10) or a unit (21) of the product, not only its GTIN");
            }
            if (e.glnExtension() != null && e.gln() == null) {
                throw new Gs1.Gs1Exception(r.elementString() != null ? "elementString" : "glnExtension", "a GLN extension (254) needs its GLN (414)");
            }
            return e;
        } catch (Gs1.Gs1Exception x) {
            throw ApiException.invalidField(x.field(), x.getMessage());
        }
    }

    public TraceCode find(UUID id) {
        TraceCode t = TraceCode.<TraceCode>find(SELECT + " where t.id = ?1", id).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("OCOP trace code", id));
        // another producer's or province's trace code is not there for the caller, as one that does not exist (issue 20)
        access.requireVisible("OCOP trace code", id, () -> access.requireProductRecord(t.product.subject.id, t.product.provinceCode));
        return t;
    }

    public List<TraceEvent> events(TraceCode t) {
        return TraceEvent.<TraceEvent>find("from TraceEvent e left join fetch e.data where e.code.id = ?1 order by e.eventDate, e.createdAt", t.id)
                .list();
    }

    public TraceViews.Code view(TraceCode t) {
        return TraceMapper.code(t, digitalLink(t), events(t));
    }

    public String digitalLink(TraceCode t) {
        return Gs1.digitalLink(config.trace().resolverHost(), t.gtin, t.lot, t.serial);
    }

    public PageResponse<TraceViews.Code> list(UUID productId, PageQuery page) {
        Product p = marks.product(productId);
        access.requireProductRecord(p.subject.id, p.provinceCode);
        long total = TraceCode.count("product.id", p.id);
        List<TraceViews.Code> items = TraceCode.<TraceCode>find(SELECT + " where p.id = ?1 order by t.producedOn desc, t.createdAt desc", p.id)
                .page(page.page(), page.size()).list().stream().map(this::view).toList();
        return PageResponse.of(items, page, total);
    }

    /**
     * Appends an event. An append overwrites nothing another person wrote, so it needs no If-Match (retries are covered by
     * Idempotency-Key); the data items are checked against TT 02/2024's list for the direction.
     */
    @Transactional
    public TraceEvent record(UUID codeId, TraceRequests.Event request) {
        TraceCode t = find(codeId);
        Map<String, TraceDataItem> items = TraceDataItem.<TraceDataItem>find("appliesTo", request.direction()).list().stream()
                .collect(Collectors.toMap(i -> i.code, Function.identity()));
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> data = new java.util.TreeMap<>();
        request.data().forEach((key, value) -> {
            String code = key.strip().toUpperCase(Locale.ROOT);
            if (!items.containsKey(code)) {
                errors.add(new Problem.FieldError("data." + key, "not a " + request.direction() + " data item; known: "
                        + String.join(", ", new java.util.TreeSet<>(items.keySet()))));
            } else if (value == null || value.isBlank()) {
                errors.add(new Problem.FieldError("data." + key, "must not be blank"));
            } else {
                data.put(code, VietnameseText.nfc(value.strip()));
            }
        });
        items.values().stream().filter(i -> i.mandatory && !data.containsKey(i.code)).map(i -> i.code).sorted()
                .forEach(code -> errors.add(new Problem.FieldError("data." + code, "required by TT 02/2024/TT-BKHCN for a "
                        + request.direction() + " step: " + items.get(code).name)));
        if (request.eventDate().isBefore(t.producedOn) && request.direction().equals("FORWARD")) {
            errors.add(new Problem.FieldError("eventDate", "a step forward cannot precede the production on " + t.producedOn));
        }
        String partnerGln = null;
        if (request.partnerGln() != null) {
            try {
                partnerGln = Gs1.gln(request.partnerGln(), "partnerGln");
            } catch (Gs1.Gs1Exception x) {
                errors.add(new Problem.FieldError(x.field(), x.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable("The trace event does not carry the data items of TT 02/2024 as required.", errors);
        }
        TraceEvent e = new TraceEvent();
        e.id = UUID.randomUUID();
        e.code = t;
        e.direction = request.direction();
        e.eventDate = request.eventDate();
        e.partnerGln = partnerGln;
        e.data.putAll(data);
        e.createdBy = actor.get().subject();
        e.createdAt = Instant.now();
        e.persist();
        return e;
    }
}
