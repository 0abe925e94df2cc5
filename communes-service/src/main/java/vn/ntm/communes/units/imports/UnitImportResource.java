package vn.ntm.communes.units.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;
import vn.ntm.communes.units.QueryParams;

/** Bulk import of the official unit lists as CSV. */
@Path("/api/v1/admin-units/imports")
@Tag(name = "Administrative units")
public class UnitImportResource {

    private final UnitImportService imports;

    UnitImportResource(UnitImportService imports) {
        this.imports = imports;
    }

    @POST
    @RolesAllowed(Roles.ADMINISTRATOR)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import an official unit list (CSV)", operationId = "communes_importUnits",
            description = "Kinds, in dependency order: PRE_2025 (province_code,province_name,district_code,district_name,unit_code,"
                    + "unit_name,unit_type), POST_2025 (province_code,province_name,unit_code,unit_name,unit_type), MAPPING "
                    + "(old_unit_code,new_unit_code,merge_type,old_unit_level), PROVINCE_REGIONS (province_code,province_name,region). "
                    + "Idempotent: the same file again reports everything unchanged. A file with any bad row writes nothing and "
                    + "the problem lists every bad row by line number in `errors`. Bodies up to ntm.http.max-body-size (2 MB).")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
            examples = @ExampleObject(name = "PRE_2025 rows of Hải Dương", value = """
                    province_code,province_name,district_code,district_name,unit_code,unit_name,unit_type
                    30,Tỉnh Hải Dương,291,Huyện Nam Sách,10657,Xã Đồng Lạc,Xã
                    30,Tỉnh Hải Dương,295,Huyện Cẩm Giàng,10894,Xã Cẩm Hưng,Xã
                    """)))
    @APIResponse(responseCode = "200", description = "Imported (or already there)", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ImportResult.class),
            examples = @ExampleObject(name = "Second import of the national list", value = """
                    {"kind": "PRE_2025", "rows": 10035, "inserted": 0, "updated": 0, "unchanged": 10035, "skipped": 0,
                     "provinces": {"inserted": 0, "updated": 0, "unchanged": 63}}""")))
    @APIResponse(responseCode = "400", description = "Unknown kind, empty body, wrong header, or bad rows (listed by line)",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Bad rows", value = """
                            {"type": "https://ntm.example/problems/validation", "title": "Invalid request", "status": 400,
                             "detail": "The PRE_2025 file has 2 invalid row(s); nothing was imported. Fix them and send the whole file again.",
                             "instance": "/api/v1/admin-units/imports", "requestId": "3f1c9a52-6f0e-4a7b-9d0e-8f6f3c1d2b7a",
                             "errors": [{"field": "line 3", "message": "unit_code '1065' must be 5 digits"},
                                        {"field": "line 4", "message": "unit_type 'Huyện' is not one of Xã, Phường, Thị trấn"}],
                             "context": {"kind": "PRE_2025", "invalidRows": 2}}""")))
    @APIResponse(responseCode = "413", description = "Body over the limit", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not sent as text/csv", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public ImportResult importList(
            @Parameter(description = "PRE_2025, POST_2025, MAPPING or PROVINCE_REGIONS", required = true, example = "PRE_2025")
            @QueryParam("kind") String kind,
            byte[] body, @Context HttpHeaders headers) {
        if (kind == null || kind.isBlank()) {
            throw ApiException.invalidField("kind", "is required: PRE_2025, POST_2025, MAPPING or PROVINCE_REGIONS");
        }
        ImportKind parsed = QueryParams.enumValue("kind", kind, ImportKind.class);
        return imports.importCsv(parsed, new String(body == null ? new byte[0] : body, charset(headers)));
    }

    /** The official files are UTF-8; a declared charset is honoured. */
    private static Charset charset(HttpHeaders headers) {
        String declared = headers.getMediaType() == null ? null : headers.getMediaType().getParameters().get("charset");
        if (declared == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Unknown charset '" + declared + "' in Content-Type; send the file as UTF-8.");
        }
    }
}
