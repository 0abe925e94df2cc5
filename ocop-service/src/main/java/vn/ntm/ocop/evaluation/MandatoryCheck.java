package vn.ntm.ocop.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The council's finding on one mandatory criterion. */
@Embeddable
public class MandatoryCheck {

    @Column(name = "criterion_code")
    public String criterionCode;

    public boolean met;

    public String note;

    public MandatoryCheck() {
    }

    public MandatoryCheck(String criterionCode, boolean met, String note) {
        this.criterionCode = criterionCode;
        this.met = met;
        this.note = note;
    }
}
