package vn.ntm.communes.certification;

/** The tier of government a step is taken for. The district tier ended on 1 July 2025 (NĐ 131/2025/NĐ-CP). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "DossierActingBody")
public enum ActingBody {
    COMMUNE, DISTRICT, PROVINCE
}
