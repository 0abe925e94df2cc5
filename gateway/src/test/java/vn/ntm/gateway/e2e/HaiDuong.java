package vn.ntm.gateway.e2e;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Hải Dương (GSO 30) in 2025, as the domain reference (E.1, A.5) tells it: 151 rural communes, all NTM; in January
 * 2025 65 advanced communes (the 19 model ones among them); the plan (Kế hoạch 4647/KH-UBND) for 94 advanced and 35
 * model communes in 2025 (+29, +16), reached in two rounds before the merge into Hải Phòng on 1 July 2025: the
 * decisions of 29 April 2025 (10 advanced, 13 model) and of 20 June 2025 (19 advanced, 3 model).
 *
 * <p>Communes the sources name keep their real role and field: the model communes of 2022 and 2023, and the 13 model
 * communes of the April round (the sources count that round as the "2024" cohort; here its dossiers are for the 2025
 * recognition year, so that every date of the play falls in 2025 before the merge). The other communes are taken in
 * code order from the list communes-service answers, because their real lists were not available.
 */
final class HaiDuong {

    static final String PROVINCE = "30";
    static final String SIGNER = "Chủ tịch UBND tỉnh Hải Dương";
    /** A day on which every pre-reform commune exists: the list of the year's play. */
    static final LocalDate LIST_DATE = LocalDate.of(2025, 3, 1);
    static final String ADVANCED_SET = "QD318-ADVANCED-2021-2025";
    static final String MODEL_SET = "QD319-MODEL-2021-2025";
    static final String NTM_SET = "QD1980-NTM-2016-2020";
    /** The 2019 NTM decision; the one missing from the registry is found in the archive and entered later. */
    static final Decision ARCHIVED_NTM = new Decision("4450/QĐ-UBND", LocalDate.of(2019, 12, 26), 2019);

    record Commune(String code, String name, String district) {
        @Override
        public String toString() {
            return name + " (" + code + ")";
        }
    }

    /** A recognition decided outside the platform (the starting registry). */
    record Decision(String number, LocalDate date, int recognitionYear) {
    }

    /** A model commune (or candidate) with its outstanding field. */
    record Model(Commune commune, String field) {
    }

    /** Model communes of 2022 and 2023 the sources name (E.1, A.5). */
    private static final Map<String, String> NAMED_MODEL_2022 = ordered(
            "10972", "CULTURE",      // Tân Hồng
            "10612", "EDUCATION",    // Nam Tân
            "10939", "EDUCATION",    // Cẩm Đông
            "10780", "EDUCATION");   // Kim Anh
    private static final Map<String, String> NAMED_MODEL_2023 = ordered(
            "11053", "PRODUCTION",   // Phạm Trấn
            "10900", "PRODUCTION",   // Cẩm Văn
            "10918", "PRODUCTION");  // Định Sơn
    /** The April round's 13 model communes by field (E.1: the "2024" cohort, recognised on 29 April 2025). */
    private static final Map<String, String> MODEL_APRIL = ordered(
            "10792", "EDUCATION",    // Kim Đính
            "10804", "EDUCATION",    // Đồng Cẩm
            "11215", "EDUCATION",    // Hồng Dụ
            "10834", "EDUCATION",    // Thanh Lang
            "10831", "EDUCATION",    // Thanh An
            "11251", "EDUCATION",    // Đoàn Tùng
            "10657", "CULTURE",      // Đồng Lạc
            "10930", "CULTURE",      // Tân Trường
            "10816", "CULTURE",      // Hồng Lạc
            "11266", "CULTURE",      // Lê Hồng
            "10903", "PRODUCTION",   // Ngọc Liên
            "10894", "PRODUCTION",   // Cẩm Hưng
            "10924", "PRODUCTION");  // Lương Điền
    /** Xã Thanh Sơn (Thanh Hà), home of the Thanh Hà lychee: the June round's model candidate in the production field. */
    static final String THANH_SON = "10867";

    final List<Commune> communes;
    /** The January 2025 registry. */
    final Map<Commune, Decision> ntm = new LinkedHashMap<>();
    final Map<Commune, Decision> advanced = new LinkedHashMap<>();
    final Map<Model, Decision> model = new LinkedHashMap<>();
    /** The year's candidates. */
    final List<Commune> advancedApril = new ArrayList<>();
    final List<Model> modelApril = new ArrayList<>();
    final List<Commune> advancedJune = new ArrayList<>();
    final List<Model> modelJune = new ArrayList<>();
    /** An advanced candidate whose NTM decision was never entered in the registry (missing prerequisite). */
    final Commune unregisteredNtm;
    /** An advanced candidate whose households are not satisfied enough (survey under 90%). */
    final Commune unsatisfied;

    HaiDuong(List<Commune> communes) {
        this.communes = communes.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
        Map<String, Commune> byCode = this.communes.stream().collect(Collectors.toMap(Commune::code, c -> c));
        Set<String> named = Stream.of(NAMED_MODEL_2022.keySet(), NAMED_MODEL_2023.keySet(), MODEL_APRIL.keySet(), Set.of(THANH_SON))
                .flatMap(Set::stream).collect(Collectors.toSet());
        named.forEach(code -> {
            if (!byCode.containsKey(code)) {
                throw new IllegalStateException("commune " + code + " is not in Hải Dương's list");
            }
        });
        Iterator<Commune> free = this.communes.stream().filter(c -> !named.contains(c.code())).iterator();
        String[] otherFields = {"CULTURE", "EDUCATION"};

        // model communes of the base: 5 signed on 29/12/2022, 11 on 28/12/2023, 3 (for 2023) on 30/12/2024
        List<Model> model2022 = new ArrayList<>(models(NAMED_MODEL_2022, byCode));
        model2022.add(new Model(free.next(), "CULTURE"));
        List<Model> model2023 = new ArrayList<>(models(NAMED_MODEL_2023, byCode));
        for (int i = 0; i < 8; i++) {
            model2023.add(new Model(free.next(), otherFields[i % 2]));
        }
        List<Model> modelLate = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            modelLate.add(new Model(free.next(), otherFields[(i + 1) % 2]));
        }
        // the year's model candidates hold ADVANCED under the 2021–2025 set (QĐ 319 condition 1)
        modelApril.addAll(models(MODEL_APRIL, byCode));
        modelJune.add(new Model(byCode.get(THANH_SON), "PRODUCTION"));
        modelJune.add(new Model(free.next(), "CULTURE"));
        modelJune.add(new Model(free.next(), "EDUCATION"));
        List<Commune> advancedOnly = new ArrayList<>();
        Stream.concat(modelApril.stream(), modelJune.stream()).forEach(m -> advancedOnly.add(m.commune()));
        while (advancedOnly.size() < 46) {
            advancedOnly.add(free.next());
        }

        Decision adv2022 = new Decision("3945/QĐ-UBND", LocalDate.of(2022, 12, 29), 2022);
        Decision adv2023 = new Decision("4012/QĐ-UBND", LocalDate.of(2023, 12, 28), 2023);
        Decision advLate = new Decision("3987/QĐ-UBND", LocalDate.of(2024, 12, 30), 2023);
        model2022.forEach(m -> advanced.put(m.commune(), adv2022));
        model2023.forEach(m -> advanced.put(m.commune(), adv2023));
        modelLate.forEach(m -> advanced.put(m.commune(), adv2023));
        for (int i = 0; i < advancedOnly.size(); i++) {
            advanced.put(advancedOnly.get(i), i < 25 ? adv2022 : i < 43 ? adv2023 : advLate);
        }
        model2022.forEach(m -> model.put(m, new Decision("3946/QĐ-UBND", adv2022.date(), 2022)));
        model2023.forEach(m -> model.put(m, new Decision("4013/QĐ-UBND", adv2023.date(), 2023)));
        modelLate.forEach(m -> model.put(m, new Decision("3988/QĐ-UBND", advLate.date(), 2023)));

        for (int i = 0; i < 10; i++) {
            advancedApril.add(free.next());
        }
        for (int i = 0; i < 19; i++) {
            advancedJune.add(free.next());
        }
        unregisteredNtm = advancedJune.get(advancedJune.size() - 1);
        unsatisfied = free.next();

        // NTM: Hải Dương completed the programme; one provincial decision a year, 2017–2020, under QĐ 1980/QĐ-TTg
        Decision[] ntmDecisions = {new Decision("4155/QĐ-UBND", LocalDate.of(2017, 12, 26), 2017),
                new Decision("4310/QĐ-UBND", LocalDate.of(2018, 12, 27), 2018), ARCHIVED_NTM,
                new Decision("3980/QĐ-UBND", LocalDate.of(2020, 12, 29), 2020)};
        for (int i = 0; i < this.communes.size(); i++) {
            Commune c = this.communes.get(i);
            if (!c.equals(unregisteredNtm)) {
                ntm.put(c, ntmDecisions[i % ntmDecisions.length]);
            }
        }
    }

    Commune commune(String code) {
        return communes.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static List<Model> models(Map<String, String> fields, Map<String, Commune> byCode) {
        return fields.entrySet().stream().map(e -> new Model(byCode.get(e.getKey()), e.getValue())).toList();
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
