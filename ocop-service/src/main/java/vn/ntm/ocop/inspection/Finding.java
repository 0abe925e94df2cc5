package vn.ntm.ocop.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The finding on one checked item. */
@Embeddable
public class Finding {

    @Column(name = "item_code")
    public String itemCode;

    public boolean compliant;

    public String note;
}
