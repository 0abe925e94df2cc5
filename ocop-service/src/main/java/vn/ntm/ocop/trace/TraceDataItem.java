package vn.ntm.ocop.trace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A minimum data item of TT 02/2024/TT-BKHCN (rows of V21): taken from the records, or sent with a trace event. */
@Entity
@Table(name = "ocop_trace_data_item")
public class TraceDataItem extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    /** PRODUCT, BACK or FORWARD. */
    @Column(name = "applies_to")
    public String appliesTo;

    public boolean mandatory;

    @Column(name = "source_field")
    public String sourceField;

    @Column(name = "legal_source")
    public String legalSource;
}
