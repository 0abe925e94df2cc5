package vn.ntm.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void foldsDiacriticsToneMarksAndDStroke() {
        assertThat(VietnameseText.fold("Xã Đồng Lạc")).isEqualTo("xa dong lac");
        assertThat(VietnameseText.fold("  Bình   Giang ")).isEqualTo("binh giang");
        assertThat(VietnameseText.fold("ĐỨC CHÍNH")).isEqualTo("duc chinh");
    }

    @Test
    void nfcMakesDecomposedInputEqualToComposed() {
        String decomposed = Normalizer.normalize("Xã Cẩm Hưng", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Xã Cẩm Hưng");
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Xã Cẩm Hưng");
    }

    @Test
    void likePatternEscapesWildcards() {
        assertThat(VietnameseText.likeContains("50%_x")).isEqualTo("%50\\%\\_x%");
    }
}
