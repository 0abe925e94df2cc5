package vn.ntm.ocop.trace;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** One step back (an input and its supplier) or one step forward (a buyer or distributor) of a trace code. */
@Entity
@Table(name = "ocop_trace_event")
public class TraceEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trace_code_id")
    public TraceCode code;

    /** BACK or FORWARD. */
    public String direction;

    @Column(name = "event_date")
    public LocalDate eventDate;

    @Column(name = "partner_gln")
    public String partnerGln;

    /** The data items of TT 02/2024 by code (personal data when the partner is a household: never public). */
    @ElementCollection
    @CollectionTable(name = "ocop_trace_event_value", joinColumns = @JoinColumn(name = "event_id"))
    @MapKeyColumn(name = "item_code")
    @Column(name = "value")
    public Map<String, String> data = new TreeMap<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
