package vn.ntm.gateway.e2e;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The officials of the scenario and their bearer tokens. The administrator and the province officer get theirs from the
 * run command ({@code ./ntm token ...}, as the README shows); the others (many per commune and per household) are signed
 * in this JVM by the same code with the same keys ({@link Platform#mint}). Every subject is distinct, so that the actor recorded by
 * each step and score sheet can be checked, and so that the gateway's rate limit keys each caller apart.
 */
final class Tokens {

    static final String ADMIN = "admin.ntm";
    static final String OFFICER = "officer.sonnmt.30";
    static final String COUNCIL = "council.thamdinh.30";
    static final String APPRAISER_1 = "appraiser.sonnmt.30.1";
    static final String APPRAISER_2 = "appraiser.sonnmt.30.2";
    static final String[] OCOP_PROVINCE_MEMBERS = {"ocop.council.30.1", "ocop.council.30.2", "ocop.council.30.3"};
    static final String[] OCOP_DISTRICT_MEMBERS = {"ocop.council.30.district.1", "ocop.council.30.district.2"};

    private final Platform platform;
    private final Map<String, String> fixed = new LinkedHashMap<>();
    private final Map<String, String> minted = new ConcurrentHashMap<>();

    Tokens(Platform platform) {
        this.platform = platform;
    }

    /**
     * The administrator and the province officer get their tokens from {@code ./ntm token}, as the README shows (each
     * call is a JVM launch, so both at once); the other province-wide officials are signed in this JVM.
     */
    void fetchProvinceOfficials() {
        CompletableFuture<String> admin = CompletableFuture.supplyAsync(() -> platform.token("--role", "ADMINISTRATOR", "--subject", ADMIN));
        CompletableFuture<String> officer = CompletableFuture.supplyAsync(
                () -> platform.token("--role", "PROVINCE_OFFICER", "--province", HaiDuong.PROVINCE, "--subject", OFFICER));
        fixed.put("admin", admin.join());
        fixed.put("officer", officer.join());
        fixed.put(APPRAISER_1, mint("APPRAISER", APPRAISER_1, Map.of("province", HaiDuong.PROVINCE)));
        fixed.put(APPRAISER_2, mint("APPRAISER", APPRAISER_2, Map.of("province", HaiDuong.PROVINCE)));
        fixed.put("council", mint("COUNCIL_MEMBER", COUNCIL, Map.of("province", HaiDuong.PROVINCE)));
        for (String member : OCOP_PROVINCE_MEMBERS) {
            fixed.put(member, mint("OCOP_COUNCIL_MEMBER", member, Map.of("province", HaiDuong.PROVINCE, "ocop-level", "PROVINCE")));
        }
        for (String member : OCOP_DISTRICT_MEMBERS) {
            fixed.put(member, mint("OCOP_COUNCIL_MEMBER", member, Map.of("province", HaiDuong.PROVINCE, "ocop-level", "DISTRICT")));
        }
    }

    String admin() {
        return fixed("admin");
    }

    /** Sở Nông nghiệp và Môi trường tỉnh Hải Dương: registry, targets, dossiers' provincial steps, OCOP registry. */
    String provinceOfficer() {
        return fixed("officer");
    }

    String appraiser(String subject) {
        return fixed(subject);
    }

    String councilMember() {
        return fixed("council");
    }

    String ocopMember(String subject) {
        return fixed(subject);
    }

    /** UBND xã: its assessments and the commune steps of its dossiers. */
    String communeOfficer(String commune) {
        return mint("COMMUNE_OFFICER", "officer.ubnd." + commune, Map.of("province", HaiDuong.PROVINCE, "commune", commune));
    }

    /** Ban Thường trực Ủy ban MTTQ xã: its surveys and their paper forms. */
    String frontSurveyor(String commune) {
        return mint("FRONT_SURVEYOR", frontSubject(commune), Map.of("province", HaiDuong.PROVINCE, "commune", commune));
    }

    static String frontSubject(String commune) {
        return "mttq." + commune;
    }

    /** An officer of a sector department of Hải Dương (Sở Giao thông vận tải, Sở Y tế, …): signs off the criteria of its sector. */
    String sectorOfficer(String sector) {
        return mint("SECTOR_OFFICER", "so." + sector.toLowerCase() + "." + HaiDuong.PROVINCE, Map.of("province", HaiDuong.PROVINCE, "sectors", sector));
    }

    /** A household answering on the mobile app. */
    String citizen(String commune, String household) {
        return mint("CITIZEN", "citizen." + household, Map.of("province", HaiDuong.PROVINCE, "commune", commune, "household", household));
    }

    private String fixed(String name) {
        String token = fixed.get(name);
        if (token == null) {
            throw new IllegalStateException("no token for " + name + ": call fetchProvinceOfficials() first");
        }
        return token;
    }

    private String mint(String role, String subject, Map<String, String> claims) {
        return minted.computeIfAbsent(role + "|" + subject, key -> {
            Map<String, String> options = new LinkedHashMap<>(claims);
            options.put("role", role);
            options.put("subject", subject);
            return platform.mint(options);
        });
    }
}
