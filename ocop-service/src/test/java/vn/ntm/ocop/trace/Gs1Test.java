package vn.ntm.ocop.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The GS1 pieces of TCVN 13274:2020 trace codes, against GS1's published examples and Vietnamese (893) keys. */
class Gs1Test {

    @Test
    void checkDigitsOfGs1Examples() {
        assertThat(Gs1.checkDigit("0952012345678")).isEqualTo(8); // GS1 General Specifications example GTIN 09520123456788
        assertThat(Gs1.checkDigit("400638133393")).isEqualTo(1); // EAN-13 4006381333931
        assertThat(Gs1.checkDigit("943646579210")).isEqualTo(4); // GLN 9436465792104
        assertThat(Gs1.checkDigit("1234567")).isEqualTo(0); // GTIN-8 12345670
        assertThat(Gs1.checkDigit("893850597401")).isEqualTo(9);
        assertThat(Gs1.checkDigit("000000000000")).isEqualTo(0);
    }

    @Test
    void gtinsOfEveryLengthBecomeFourteenDigits() {
        assertThat(Gs1.gtin("8938505974019", "gtin")).isEqualTo("08938505974019");
        assertThat(Gs1.gtin("09520123456788", "gtin")).isEqualTo("09520123456788");
        assertThat(Gs1.gtin("12345670", "gtin")).isEqualTo("00000012345670");
        assertThat(Gs1.gtin(" 614141000036 ", "gtin")).isEqualTo("00614141000036");
    }

    @Test
    void aWrongCheckDigitOrAMalformedKeyNamesTheField() {
        assertThatThrownBy(() -> Gs1.gtin("8938505974018", "gtin")).isInstanceOfSatisfying(Gs1.Gs1Exception.class, e -> {
            assertThat(e.field()).isEqualTo("gtin");
            assertThat(e.getMessage()).contains("should be 9, not 8");
        });
        assertThatThrownBy(() -> Gs1.gtin("893850597401", "gtin")).isInstanceOf(Gs1.Gs1Exception.class)
                .hasMessageContaining("check digit"); // 12 digits read as a GTIN-12 whose last digit is wrong
        assertThatThrownBy(() -> Gs1.gtin("89385059740", "gtin")).hasMessageContaining("8, 12, 13 or 14 digits");
        assertThatThrownBy(() -> Gs1.gtin("89385O5974019", "gtin")).hasMessageContaining("not a GTIN");
        assertThatThrownBy(() -> Gs1.gln("8938505970005", "gln")).isInstanceOfSatisfying(Gs1.Gs1Exception.class,
                e -> assertThat(e.field()).isEqualTo("gln"));
        assertThat(Gs1.gln("8938505970004", "gln")).isEqualTo("8938505970004");
        assertThatThrownBy(() -> Gs1.gln("08938505970004", "gln")).hasMessageContaining("13 digits");
    }

    @Test
    void lotsAndSerialsUseCharacterSet82() {
        assertThat(Gs1.alphanumeric("L2025-07/A", "lot", Gs1.AI_LOT)).isEqualTo("L2025-07/A");
        assertThatThrownBy(() -> Gs1.alphanumeric("Lô 7", "lot", Gs1.AI_LOT)).isInstanceOfSatisfying(Gs1.Gs1Exception.class,
                e -> assertThat(e.field()).isEqualTo("lot")); // a space and a diacritic
        assertThatThrownBy(() -> Gs1.alphanumeric("A".repeat(21), "serial", Gs1.AI_SERIAL)).hasMessageContaining("1 to 20");
        assertThatThrownBy(() -> Gs1.alphanumeric("", "lot", Gs1.AI_LOT)).isInstanceOf(Gs1.Gs1Exception.class);
    }

    @Test
    void elementStringsReadAndWriteInHumanReadableForm() {
        Gs1.ElementString e = Gs1.parse("(01)08938505974019(10)L2025-07(414)8938505970004(254)KHO2", "code");
        assertThat(e).isEqualTo(new Gs1.ElementString("08938505974019", "L2025-07", null, "8938505970004", "KHO2"));
        assertThat(Gs1.hri(e)).isEqualTo("(01)08938505974019(10)L2025-07(414)8938505970004(254)KHO2");
        assertThat(Gs1.parse("(01)8938505974019(21)SN000123", "code").gtin()).isEqualTo("08938505974019");
        // order is canonical whatever the input order
        assertThat(Gs1.hri(Gs1.parse("(10)L7(01)08938505974019", "code"))).isEqualTo("(01)08938505974019(10)L7");
    }

    @Test
    void malformedElementStringsAreRefused() {
        assertThatThrownBy(() -> Gs1.parse("0108938505974019", "code")).hasMessageContaining("human-readable");
        assertThatThrownBy(() -> Gs1.parse("(01)08938505974018(10)L7", "code")).hasMessageContaining("check digit");
        assertThatThrownBy(() -> Gs1.parse("(10)L7", "code")).hasMessageContaining("GTIN (01)");
        assertThatThrownBy(() -> Gs1.parse("(01)08938505974019(17)271231", "code")).hasMessageContaining("(17)");
        assertThatThrownBy(() -> Gs1.parse("(01)08938505974019(10)L7(10)L8", "code")).hasMessageContaining("twice");
        assertThatThrownBy(() -> Gs1.parse("x(01)08938505974019", "code")).isInstanceOf(Gs1.Gs1Exception.class);
        assertThatThrownBy(() -> Gs1.parse(null, "code")).isInstanceOf(Gs1.Gs1Exception.class);
    }

    @Test
    void digitalLinksForTheQrCode() {
        assertThat(Gs1.digitalLink("id.ntm.example", "08938505974019", "L2025-07", null))
                .isEqualTo("https://id.ntm.example/01/08938505974019/10/L2025-07");
        assertThat(Gs1.digitalLink("id.ntm.example", "08938505974019", "A/B 1", "S#1"))
                .isEqualTo("https://id.ntm.example/01/08938505974019/10/A%2FB%201/21/S%231");
        assertThat(Gs1.decode("A%2FB%201")).isEqualTo("A/B 1");
        assertThat(Gs1.decode("A+B")).isEqualTo("A+B");
    }
}
