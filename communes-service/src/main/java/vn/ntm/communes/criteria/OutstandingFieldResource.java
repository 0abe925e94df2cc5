package vn.ntm.communes.criteria;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.ntm.common.paging.PageQuery;
import vn.ntm.common.paging.PageResponse;
import vn.ntm.common.problem.Problem;
import vn.ntm.common.security.Roles;

/** The outstanding fields each province defines for its model communes (QĐ 319/QĐ-TTg, condition 4). */
@Path("/api/v1/outstanding-fields")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Criteria sets")
public class OutstandingFieldResource {

    @Schema(name = "OutstandingField")
    public record FieldView(@Schema(example = "30") String provinceCode, @Schema(example = "PRODUCTION") String code,
                            @Schema(example = "Sản xuất") String nameVi, @Schema(example = "Production") String nameEn,
                            @Schema(example = "Quyết định của UBND tỉnh Hải Dương về tiêu chí xã NTM kiểu mẫu lĩnh vực sản xuất") String source) {
    }

    @Schema(name = "OutstandingFieldInput")
    public record FieldInput(@NotBlank @Size(max = 200) @Schema(example = "Sản xuất") String nameVi,
                             @Size(max = 200) @Schema(example = "Production") String nameEn,
                             @NotBlank @Size(max = 1000) @Schema(description = "The provincial decision that defines the field.") String source) {
    }

    @Inject
    OutstandingFields fields;

    @GET
    @PermitAll
    @Operation(operationId = "communes_listOutstandingFields", summary = "Outstanding fields a province defines for model communes")
    @APIResponse(responseCode = "200", description = "The province's fields.")
    @APIResponse(responseCode = "400", description = "Missing or malformed province.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public PageResponse<FieldView> list(@Parameter(description = "2-digit GSO province code.", example = "30", required = true)
                                        @QueryParam("province") @NotNull @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
                                        @BeanParam @Valid PageQuery page) {
        return fields.list(province, page);
    }

    @PUT
    @RolesAllowed({Roles.PROVINCE_OFFICER, Roles.ADMINISTRATOR})
    @Path("/{provinceCode}/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "communes_defineOutstandingField", summary = "Define (or redefine) an outstanding field of a province",
            description = "Idempotent: the same body again changes nothing. Model-commune assessments of the province may then name it (indicator of type CHOICE).")
    @RequestBody(content = @Content(schema = @Schema(implementation = FieldInput.class), examples = @ExampleObject(name = "Tourism",
            value = "{\"nameVi\": \"Du lịch\", \"nameEn\": \"Tourism\", \"source\": \"Quyết định của UBND tỉnh về tiêu chí xã NTM kiểu mẫu lĩnh vực du lịch\"}")))
    @APIResponse(responseCode = "201", description = "Defined.", content = @Content(schema = @Schema(implementation = FieldView.class)))
    @APIResponse(responseCode = "200", description = "Redefined (or unchanged).", content = @Content(schema = @Schema(implementation = FieldView.class)))
    @APIResponse(responseCode = "400", description = "Invalid province, code or body.", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = Problem.class)))
    public Response define(@PathParam("provinceCode") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String provinceCode,
                           @PathParam("code") @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be UPPER_SNAKE_CASE, e.g. TOURISM") String code,
                           @NotNull @Valid FieldInput input) {
        boolean created = fields.define(provinceCode, code, input);
        FieldView view = fields.get(provinceCode, code);
        return Response.status(created ? 201 : 200).entity(view).build();
    }
}
