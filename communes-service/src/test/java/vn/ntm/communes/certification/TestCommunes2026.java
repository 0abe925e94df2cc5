package vn.ntm.communes.certification;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ntm.communes.certification.TestCommunes.Commune;

/**
 * Communes of the 3,321-unit map in force since 1 July 2025 (shipped reference data), for 2026–2030 tests, handed
 * out once each. Điện Biên (11) and Cao Bằng (04) were not merged in the reform, so their province codes are the same
 * before and after it, and no other test uses them.
 */
public final class TestCommunes2026 {

    private static final List<Commune> DIEN_BIEN = load("11");
    private static final List<Commune> CAO_BANG = load("04");
    private static final AtomicInteger NEXT_DIEN_BIEN = new AtomicInteger();
    private static final AtomicInteger NEXT_CAO_BANG = new AtomicInteger();

    private TestCommunes2026() {
    }

    /** A fresh xã of Điện Biên (a mountain province: group 3 in the tests). */
    public static Commune dienBien() {
        return DIEN_BIEN.get(NEXT_DIEN_BIEN.getAndIncrement());
    }

    /** A fresh xã of Cao Bằng. */
    public static Commune caoBang() {
        return CAO_BANG.get(NEXT_CAO_BANG.getAndIncrement());
    }

    /** The first ward (phường) of the province: wards have no commune group. */
    public static Commune ward(String province) {
        return read(province, "Phường").get(0);
    }

    /** Every xã of the province on the 2025 map (for a test that owns the whole province). */
    public static List<Commune> communesOf(String province) {
        return read(province, "Xã");
    }

    private static List<Commune> load(String province) {
        return communesOf(province);
    }

    private static List<Commune> read(String province, String type) {
        List<Commune> communes = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TestCommunes2026.class.getClassLoader().getResourceAsStream("reference-data/vn_admin_units_2025.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",");
                if (f[0].equals(province) && f[4].equals(type)) {
                    communes.add(new Commune(f[2], f[3], f[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return communes;
    }
}
