package vn.ntm.communes.units;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.communes.Level;

/** Commune-level units: listing and search, and one unit with its lineage and level. */
@Path("/api/v1/communes")
@Tag(name = "Administrative units", description = "Provinces and commune-level units with their validity in time and lineage (GSO codes).")
public class CommuneResource {

    static final String DONG_LAC_EXAMPLE = """
            {"code": "10657", "name": "Xã Đồng Lạc", "type": "XA", "provinceCode": "30", "provinceName": "Tỉnh Hải Dương",
             "region": "DONG_BANG_SONG_HONG", "regionName": "Đồng bằng sông Hồng", "districtCode": "291", "districtName": "Huyện Nam Sách",
             "validFrom": "2010-06-04", "validTo": "2025-06-30", "status": "ENDED", "asOf": "2026-01-15", "predecessors": [],
             "successors": [{"code": "10606", "name": "Xã Nam Sách", "type": "XA", "provinceCode": "31", "provinceName": "Thành phố Hải Phòng",
                             "validFrom": "2025-07-01", "kind": "FULL", "effectiveDate": "2025-07-01"}],
             "recognition": {"level": "MODEL", "basis": "OWN", "criteriaSetCode": "QD319-MODEL-2021-2025", "since": "2025-04-29",
                             "reappraisalRequired": false}}""";

    /** A merged commune before its acknowledgement decision: no level, and why it is eligible (issue 16). */
    static final String TRAN_PHU_EXAMPLE = """
            {"code": "10633", "name": "Xã Trần Phú", "type": "XA", "provinceCode": "31", "provinceName": "Thành phố Hải Phòng",
             "region": "DONG_BANG_SONG_HONG", "regionName": "Đồng bằng sông Hồng", "validFrom": "2025-07-01", "status": "ACTIVE",
             "asOf": "2025-11-01",
             "predecessors": [
               {"code": "10618", "name": "Xã Hiệp Cát", "type": "XA", "provinceCode": "30", "provinceName": "Tỉnh Hải Dương",
                "validFrom": "2010-06-04", "validTo": "2025-06-30", "kind": "FULL", "effectiveDate": "2025-07-01"},
               {"code": "10621", "name": "Xã Quốc Tuấn", "type": "XA", "provinceCode": "30", "provinceName": "Tỉnh Hải Dương",
                "validFrom": "2010-06-04", "validTo": "2025-06-30", "kind": "FULL", "effectiveDate": "2025-07-01"},
               {"code": "10633", "name": "Xã Trần Phú", "type": "XA", "provinceCode": "30", "provinceName": "Tỉnh Hải Dương",
                "validFrom": "2010-06-04", "validTo": "2025-06-30", "kind": "FULL", "effectiveDate": "2025-07-01"}],
             "successors": [],
             "recognition": {"basis": "NONE", "reappraisalRequired": false,
                             "derivedFrom": [
                               {"communeCode": "10618", "communeName": "Xã Hiệp Cát", "validTo": "2025-06-30", "level": "MODEL", "criteriaSetCode": "QD319-MODEL-2021-2025"},
                               {"communeCode": "10621", "communeName": "Xã Quốc Tuấn", "validTo": "2025-06-30", "level": "MODEL", "criteriaSetCode": "QD319-MODEL-2021-2025"},
                               {"communeCode": "10633", "communeName": "Xã Trần Phú", "validTo": "2025-06-30", "level": "MODEL", "criteriaSetCode": "QD319-MODEL-2021-2025"}],
                             "acknowledgement": {"eligible": true, "eligibleLevel": "MODEL", "criteriaSetCode": "QD319-MODEL-2021-2025",
                                                 "merge": "FULL", "composition": "UNIFORM", "reasons": ["ALL_HELD_THE_LEVEL"]}}}""";

    static final String CACHE_CONTROL_DESCRIPTION = "`public, max-age=N`: shared caches (the gateway) and clients may reuse "
            + "this answer for N seconds, what is left of the view's life in this service's memory (at most 30 s; see the "
            + "README on staleness). Without `asOf`, N also ends at midnight in Vietnam, when \"today\" changes.";

    private final CommuneViews views;
    private final CommuneSearch search;
    private final ProvinceViews provinces;
    private final Today today;
    private final UnitsConfig config;

    CommuneResource(CommuneViews views, CommuneSearch search, ProvinceViews provinces, Today today, UnitsConfig config) {
        this.views = views;
        this.search = search;
        this.provinces = provinces;
        this.today = today;
        this.config = config;
    }

    @GET
    @PermitAll
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Read a commune-level unit on a date", operationId = "communes_getCommune",
            description = "The unit carrying the code on `asOf` (default today); when no unit carries it that day, the last unit "
                    + "that carried it, with status ENDED, its validTo and its successors. Codes were reused after 1 July 2025: "
                    + "10903 is Xã Ngọc Liên before and Xã Cẩm Giàng after. Served from memory; see the README on staleness.")
    @APIResponse(responseCode = "200", description = "The unit",
            headers = @Header(name = "Cache-Control", description = CACHE_CONTROL_DESCRIPTION, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, examples = "public, max-age=30")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommuneView.class),
            examples = {@ExampleObject(name = "Xã Đồng Lạc after the merge", value = DONG_LAC_EXAMPLE),
                @ExampleObject(name = "Xã Trần Phú (10633), merged, before its acknowledgement", value = TRAN_PHU_EXAMPLE)}))
    @APIResponse(responseCode = "400", description = "Code not 5 digits or date not ISO 8601", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No unit carried the code on or before asOf", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Uni<RestResponse<CommuneView>> get(
            @Parameter(description = "5-digit GSO code", example = "10657") @PathParam("code") String code,
            @Parameter(description = "Date to read the code on (YYYY-MM-DD), default today", example = "2025-01-01") @QueryParam("asOf") String asOf) {
        LocalDate asked = QueryParams.date("asOf", asOf);
        CommuneViews.Key key = new CommuneViews.Key(QueryParams.communeCode("code", code), today.orToday(asked));
        CommuneViews.Loaded hit = views.cached(key);
        if (hit != null) {
            return Uni.createFrom().item(answer(hit, asked == null));
        }
        return Uni.createFrom().item(() -> answer(views.view(key), asked == null)).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** The view with how long caches may keep it: the same for every caller (the read is public, not per caller). */
    private RestResponse<CommuneView> answer(CommuneViews.Loaded loaded, boolean readToday) {
        long maxAge = views.secondsLeft(loaded);
        if (readToday) {
            maxAge = Math.min(maxAge, secondsToMidnight());
        }
        return RestResponse.ResponseBuilder.ok(loaded.view()).header("Cache-Control", "public, max-age=" + maxAge).build();
    }

    /** Whole seconds until the date in Vietnam changes (the default asOf then reads another day), rounded down. */
    private long secondsToMidnight() {
        Instant now = Instant.now();
        long local = now.getEpochSecond() + config.zone().getRules().getOffset(now).getTotalSeconds();
        return 86_399 - Math.floorMod(local, 86_400L);
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List and search commune-level units", operationId = "communes_listCommunes",
            description = "Units existing on `asOf` (default today), by code. `q` finds names without diacritics and in any case "
                    + "(`dong lac` finds Xã Đồng Lạc), or codes by prefix when it is digits. `level` keeps units whose current level "
                    + "is exactly that one. A `province` that has ended before the date (30 Tỉnh Hải Dương) lists its units on its "
                    + "last day, and `meta` says it ended and which province took over.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CommuneListing.class),
            examples = @ExampleObject(name = "Hải Dương's rural communes", value = """
                    {"items": [{"code": "10555", "name": "Xã Hoàng Hoa Thám", "type": "XA", "provinceCode": "30", "provinceName": "Tỉnh Hải Dương",
                                "districtName": "Thành phố Chí Linh", "validFrom": "2010-06-04", "validTo": "2025-06-30", "reappraisalRequired": false}],
                     "page": 0, "size": 1, "totalItems": 151,
                     "meta": {"asOf": "2025-06-30", "province": {"code": "30", "name": "Tỉnh Hải Dương", "region": "DONG_BANG_SONG_HONG",
                              "regionName": "Đồng bằng sông Hồng", "validFrom": "2010-06-04", "validTo": "2025-06-30"},
                              "provinceEnded": true, "successors": [{"code": "31", "name": "Thành phố Hải Phòng", "region": "DONG_BANG_SONG_HONG",
                              "regionName": "Đồng bằng sông Hồng", "validFrom": "2025-07-01"}],
                              "note": "Tỉnh Hải Dương (30) ended on 2025-06-30; these are its units on that day. From 2025-07-01 they belong to Thành phố Hải Phòng (31)."}}""")))
    @APIResponse(responseCode = "400", description = "Bad filter value or page", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No province carried the code on or before asOf", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public CommuneListing list(
            @Parameter(description = "2-digit GSO province code", example = "30") @QueryParam("province") String province,
            @Parameter(description = "XA, PHUONG, THI_TRAN or DAC_KHU", example = "XA") @QueryParam("type") String type,
            @Parameter(description = "Name (diacritics optional) or code prefix", example = "dong lac") @QueryParam("q") String q,
            @Parameter(description = "NTM, ADVANCED or MODEL: current level", example = "MODEL") @QueryParam("level") String level,
            @Parameter(description = "Date (YYYY-MM-DD), default today", example = "2025-01-01") @QueryParam("asOf") String asOf,
            @BeanParam @Valid PageQuery page) {
        LocalDate asked = QueryParams.date("asOf", asOf);
        LocalDate date = today.orToday(asked);
        String provinceCode = QueryParams.provinceCode("province", province);
        if (q != null && q.length() > 100) {
            throw ApiException.invalidField("q", "must be at most 100 characters");
        }
        CommuneListing.Meta meta = new CommuneListing.Meta(date, null, null, null, null);
        Long provinceId = null;
        if (provinceCode != null) {
            ProvinceRef p = provinces.require(provinceCode, date);
            provinceId = p.id();
            if (!p.existsOn(date)) {
                LocalDate lastDay = p.validTo();
                List<ProvinceRef> successors = provinces.successors(p);
                String to = successors.isEmpty() ? "" : " From " + lastDay.plusDays(1) + " they belong to "
                        + String.join(", ", successors.stream().map(s -> s.name() + " (" + s.code() + ")").toList()) + ".";
                meta = new CommuneListing.Meta(lastDay, p, true, successors,
                        p.name() + " (" + p.code() + ") ended on " + lastDay + "; these are its units on that day." + to);
                date = lastDay;
            } else {
                meta = new CommuneListing.Meta(date, p, false, null, null);
            }
        }
        CommuneSearch.Result result = search.search(new CommuneSearch.Filter(date, provinceId,
                QueryParams.enumValue("type", type, UnitType.class), q, QueryParams.enumValue("level", level, Level.class)), page);
        return new CommuneListing(result.items(), page.page(), page.size(), result.total(), meta);
    }
}
