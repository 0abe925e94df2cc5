package vn.ntm.common.devdb;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Development keys and tokens for {@code ./ntm}. {@code keygen} writes an RSA key pair once (kept across restarts);
 * {@code token} prints a bearer token signed with it. Production uses a real identity provider instead.
 *
 * <pre>
 *   keygen --keys DIR
 *   token  --keys DIR --role ROLE [--province 30] [--commune 10657] [--subject name] [--household id]
 *          [--ocop-level PROVINCE] [--sectors TRANSPORT,HEALTH] [--ttl-minutes 480]
 * </pre>
 */
public final class DevTokens {

    public static final String DEV_ISSUER = "https://ntm.example/dev";

    private DevTokens() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Path keys = Path.of(options.getOrDefault("keys", ".ntm/keys"));
        switch (args[0]) {
            case "keygen" -> keygen(keys);
            case "token" -> System.out.println(token(keys, options));
            default -> usage();
        }
    }

    /** Writes {@code private.pem} and {@code public.pem} unless they exist. */
    public static void keygen(Path dir) throws Exception {
        Path privatePem = dir.resolve("private.pem");
        if (Files.exists(privatePem)) {
            return;
        }
        Files.createDirectories(dir);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.writeString(dir.resolve("public.pem"), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        Files.writeString(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        privatePem.toFile().setReadable(false, false);
        privatePem.toFile().setReadable(true, true);
    }

    /**
     * A development token signed with the keys in {@code dir} (made first if missing), with the options of
     * {@code ./ntm token} ({@code role}, {@code province}, {@code commune}, {@code household}, {@code ocop-level}, {@code sectors}).
     */
    public static String token(Path dir, Map<String, String> options) throws Exception {
        keygen(dir);
        String role = options.get("role");
        if (role == null) {
            usage();
        }
        JwtClaimsBuilder claims = Jwt.issuer(options.getOrDefault("issuer", DEV_ISSUER))
                .subject(options.getOrDefault("subject", "dev." + role.toLowerCase()))
                .upn(options.getOrDefault("subject", "dev." + role.toLowerCase()))
                .groups(Set.of(role.split(",")))
                .expiresIn(Duration.ofMinutes(Long.parseLong(options.getOrDefault("ttl-minutes", "480"))));
        copy(options, "province", claims, "province");
        copy(options, "commune", claims, "commune");
        copy(options, "household", claims, "household");
        copy(options, "ocop-level", claims, "ocopLevel");
        copy(options, "sectors", claims, "sectors");
        return claims.sign(readPrivateKey(dir.resolve("private.pem")));
    }

    private static void copy(Map<String, String> options, String option, JwtClaimsBuilder claims, String claim) {
        if (options.containsKey(option)) {
            claims.claim(claim, options.get(option));
        }
    }

    static PrivateKey readPrivateKey(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static void usage() {
        System.err.println("usage: ntm token --role ROLE [--province 30] [--commune 10657] [--subject NAME] [--household ID] [--ocop-level LEVEL] [--sectors TRANSPORT,HEALTH] [--ttl-minutes 480]");
        System.err.println("roles: ADMINISTRATOR PROVINCE_OFFICER COMMUNE_OFFICER APPRAISER COUNCIL_MEMBER OCOP_COUNCIL_MEMBER FRONT_SURVEYOR CITIZEN SUBJECT SECTOR_OFFICER (with --province and --sectors)");
        System.exit(2);
    }
}
