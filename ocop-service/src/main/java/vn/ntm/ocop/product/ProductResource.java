package vn.ntm.ocop.product;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
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
import vn.ntm.ocop.catalog.ProductGroup;
import vn.ntm.ocop.certificate.CertificateStates;
import vn.ntm.common.http.Versions;
import vn.ntm.ocop.support.Examples;

@Path("/api/v1/ocop/products")
@Tag(name = "OCOP products", description = "Products of OCOP subjects, their classification, commune and raw-material area.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ProductService service;

    @Inject
    CertificateStates states;

    @POST
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(operationId = "ocop_createProduct", summary = "Register an OCOP product",
            description = "The sub-group must belong to the group. The commune defaults to the subject's; another commune is checked with communes-service.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag headers are set.",
            content = @Content(schema = @Schema(implementation = ProductView.class), examples = @ExampleObject(name = "lychee", value = Examples.PRODUCT_VIEW)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not register products, or the product's commune is outside your token's province (commune, for commune officers).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The subject already has a product of that name.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown subject, sub-group or commune (errors[].field names it).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "communes-service unavailable; nothing was written.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response create(
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProductRequest.class), examples = {
                    @ExampleObject(name = "vai-thieu-thanh-ha", value = Examples.PRODUCT_LYCHEE),
                    @ExampleObject(name = "gom-chu-dau", value = Examples.PRODUCT_CHU_DAU),
                    @ExampleObject(name = "banh-dau-xanh-rong-vang", value = Examples.PRODUCT_RONG_VANG)}))
            @NotNull(message = "a JSON body is required") @Valid ProductRequest request, @Context UriInfo uri) {
        Product product = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(product.id.toString()).build())
                .tag(Versions.etag(product.version)).entity(ProductMapper.view(service.find(product.id), states)).build();
    }

    @GET
    @PermitAll
    @Operation(operationId = "ocop_listProducts", summary = "List and search OCOP products",
            description = "Filters combine with AND. q ignores diacritics and word order: 'vai thieu thanh ha' finds 'Vải thiều Thanh Hà'. "
                    + "stars alone means a certificate of that many stars in force today (ACTIVE or EXPIRING).")
    @APIResponse(responseCode = "200", description = "One page of products.")
    @APIResponse(responseCode = "400", description = "Invalid parameter.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public PageResponse<ProductView> list(
            @Parameter(description = "2-digit GSO province code.", example = "30")
            @QueryParam("province") @Pattern(regexp = "\\d{2}", message = "must be a 2-digit GSO province code") String province,
            @Parameter(description = "5-digit GSO commune code.", example = "10867")
            @QueryParam("commune") @Pattern(regexp = "\\d{5}", message = "must be a 5-digit GSO commune code") String commune,
            @Parameter(description = "Product group.") @QueryParam("group") ProductGroup group,
            @Parameter(description = "Sub-group code.", example = "FRESH_PRODUCE") @QueryParam("subgroup") @Size(max = 60) String subgroup,
            @Parameter(description = "Owning subject id.") @QueryParam("subject") UUID subject,
            @Parameter(description = "Stars of the current certificate (3 to 5).", example = "4")
            @QueryParam("stars") @Min(value = 3, message = "must be 3, 4 or 5") @Max(value = 5, message = "must be 3, 4 or 5") Integer stars,
            @Parameter(description = "State today of the product's most recent certificate, or NONE (never certified).")
            @QueryParam("certificateState") CertificateStatusFilter certificateState,
            @Parameter(description = "Words of the name, with or without diacritics.", example = "vai thieu thanh ha")
            @QueryParam("q") @Size(max = 100, message = "must be at most 100 characters") String q,
            @BeanParam @Valid PageQuery page) {
        ProductFilter filter = new ProductFilter(province, commune, group, subgroup, subject, stars, certificateState, q);
        return service.list(filter, page).map(p -> ProductMapper.view(p, states));
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(operationId = "ocop_getProduct", summary = "Read an OCOP product")
    @APIResponse(responseCode = "200", description = "The product; ETag carries its version.",
            content = @Content(schema = @Schema(implementation = ProductView.class), examples = @ExampleObject(name = "lychee", value = Examples.PRODUCT_VIEW)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        Product product = service.find(id);
        return Response.ok(ProductMapper.view(product, states)).tag(Versions.etag(product.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(operationId = "ocop_updateProduct", summary = "Replace an OCOP product's data", description = "Send the ETag of your last read in If-Match.")
    @APIResponse(responseCode = "200", description = "Updated; the new ETag is set.", content = @Content(schema = @Schema(implementation = ProductView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid fields.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not edit products, or the product, or the commune it would move to, is outside your token's province (commune, for commune officers).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The subject already has a product of that name.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Unknown subject, sub-group or commune.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "communes-service unavailable; nothing was written.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ProductRequest.class),
                    examples = @ExampleObject(name = "vai-thieu-thanh-ha", value = Examples.PRODUCT_LYCHEE)))
            @NotNull(message = "a JSON body is required") @Valid ProductRequest request) {
        Product product = service.update(id, ifMatch, request);
        return Response.ok(ProductMapper.view(service.find(id), states)).tag(Versions.etag(product.version)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PROVINCE_OFFICER, Roles.COMMUNE_OFFICER})
    @Operation(operationId = "ocop_deleteProduct", summary = "Delete an OCOP product that was never evaluated")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "401", description = "No valid bearer token: missing, expired, or not signed by the trusted issuer.",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Your role may not delete products, or the product is outside your token's province (commune, for commune officers).",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such product.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The product has evaluations (its history is kept).", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match missing.", content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id,
            @Parameter(description = "ETag of the version you read.", example = "\"0\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch);
        return Response.noContent().build();
    }
}
