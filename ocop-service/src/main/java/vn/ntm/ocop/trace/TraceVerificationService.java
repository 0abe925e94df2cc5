package vn.ntm.ocop.trace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.ntm.common.problem.ApiException;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.certificate.CertificateService;

/** The public answer to a scanned trace code or GS1 Digital Link, and the strong ETag that lets caches revalidate it. */
@ApplicationScoped
public class TraceVerificationService {

    @Inject
    TraceService traces;

    @Inject
    CertificateService certificates;

    @Inject
    ObjectMapper json;

    /** By a GS1 Digital Link path: {@code /01/{gtin}/10/{lot}} or {@code /01/{gtin}/21/{serial}}. */
    public TraceViews.Verification byLink(String gtin, String qualifier, String value) {
        String g;
        String v;
        try {
            g = Gs1.gtin(gtin, "gtin");
            v = Gs1.alphanumeric(value, qualifier.equals(Gs1.AI_LOT) ? "lot" : "serial", qualifier);
        } catch (Gs1.Gs1Exception x) {
            throw ApiException.invalidField(x.field(), x.getMessage());
        }
        String column = qualifier.equals(Gs1.AI_LOT) ? "t.lot" : "t.serial";
        // a lot with serialised units: any unit of the lot answers for the lot (same product, certificate, production)
        TraceCode t = TraceCode.<TraceCode>find(TraceService.SELECT + " where t.gtin = ?1 and " + column + " = ?2 order by t.serial nulls first, t.createdAt",
                g, v).firstResultOptional().orElseThrow(() -> ApiException.notFound("OCOP trace code", "(01)" + g + "(" + qualifier + ")" + v));
        return verification(t);
    }

    /** By a Digital Link carrying both key qualifiers, /01/{gtin}/10/{lot}/21/{serial}: exactly that unit of that lot. */
    public TraceViews.Verification byLotAndSerial(String gtin, String lot, String serial) {
        String g;
        String l;
        String s;
        try {
            g = Gs1.gtin(gtin, "gtin");
            l = Gs1.alphanumeric(lot, "lot", Gs1.AI_LOT);
            s = Gs1.alphanumeric(serial, "serial", Gs1.AI_SERIAL);
        } catch (Gs1.Gs1Exception x) {
            throw ApiException.invalidField(x.field(), x.getMessage());
        }
        return verification(exactly(g, l, s));
    }

    /** By the code in GS1 human-readable form. */
    public TraceViews.Verification byElementString(String code) {
        Gs1.ElementString e;
        try {
            e = Gs1.parse(code, "code");
        } catch (Gs1.Gs1Exception x) {
            throw ApiException.invalidField(x.field(), x.getMessage());
        }
        return verification(exactly(e.gtin(), e.lot(), e.serial()));
    }

    /** The code with exactly this GTIN, lot and serial (either may be absent), or a 404 naming it in human-readable form. */
    private static TraceCode exactly(String gtin, String lot, String serial) {
        return TraceCode.<TraceCode>find(TraceService.SELECT + " where t.gtin = ?1 and coalesce(t.lot, '') = ?2 and coalesce(t.serial, '') = ?3",
                gtin, lot == null ? "" : lot, serial == null ? "" : serial).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("OCOP trace code", Gs1.hri(new Gs1.ElementString(gtin, lot, serial, null, null))));
    }

    private TraceViews.Verification verification(TraceCode t) {
        // today's certificate of the product (a re-evaluation supersedes the one the code was registered under)
        Certificate c = t.product.currentCertificate != null ? t.product.currentCertificate : t.certificate;
        long back = TraceEvent.count("code.id = ?1 and direction = 'BACK'", t.id);
        long forward = TraceEvent.count("code.id = ?1 and direction = 'FORWARD'", t.id);
        return new TraceViews.Verification(t.elementString, t.gtin, t.lot, t.serial, traces.digitalLink(t), t.producedOn, (int) back,
                (int) forward, certificates.verify(c.number));
    }

    /**
     * A strong ETag of the answer's content: the answer depends on today (the certificate's state) and on other records
     * (the last inspection), so no single record's version can stand for it.
     */
    public String etag(TraceViews.Verification answer) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(answer).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not compute the ETag of a trace verification", e);
        }
    }
}
