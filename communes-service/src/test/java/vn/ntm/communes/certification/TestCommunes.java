package vn.ntm.communes.certification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real pre-2025 communes (GSO codes and names from the shipped reference data), handed out once each so that tests
 * sharing one database never collide. Hưng Yên (33, Red River Delta) gives the pool and Hà Giang (02) the Northern
 * midlands communes: the registry's tests use Hải Dương, Thái Bình and Nam Định, and count Hải Dương's recognitions.
 */
public final class TestCommunes {

    public record Commune(String code, String name, String provinceCode) {
    }

    public static final String PROVINCE = "33";
    private static final Map<String, String> PROVINCE_OF = new HashMap<>();
    private static final List<Commune> RED_RIVER_DELTA = load(PROVINCE);
    private static final List<Commune> NORTHERN_MIDLANDS = load("02");
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final AtomicInteger NEXT_NORTH = new AtomicInteger();

    private TestCommunes() {
    }

    /** A fresh Red River Delta commune (Hưng Yên). */
    public static Commune next() {
        return RED_RIVER_DELTA.get(NEXT.getAndIncrement());
    }

    /** A fresh Northern midlands commune (Hà Giang). */
    public static Commune nextNorthern() {
        return NORTHERN_MIDLANDS.get(NEXT_NORTH.getAndIncrement());
    }

    /** The province a pre-2025 commune belonged to (the scope an officer's token needs to act on it). */
    public static String provinceOf(String communeCode) {
        String province = PROVINCE_OF.get(communeCode);
        if (province == null) {
            throw new IllegalArgumentException("no pre-2025 commune " + communeCode);
        }
        return province;
    }

    private static List<Commune> load(String province) {
        List<Commune> communes = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TestCommunes.class.getClassLoader().getResourceAsStream("reference-data/vn_admin_units_pre2025.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                PROVINCE_OF.put(f[4], f[0]);
                if (f[0].equals(province) && f[6].equals("Xã")) {
                    communes.add(new Commune(f[4], f[5], f[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return communes;
    }
}
