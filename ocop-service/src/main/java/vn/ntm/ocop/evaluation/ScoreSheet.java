package vn.ntm.ocop.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One council member's score sheet. The member is the authenticated actor who filed it. */
@Entity
@Table(name = "ocop_score_sheet")
public class ScoreSheet extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public Evaluation evaluation;

    public String member;

    @Column(name = "part_a")
    public BigDecimal partA;

    @Column(name = "part_b")
    public BigDecimal partB;

    @Column(name = "part_c")
    public BigDecimal partC;

    public BigDecimal total;

    @Column(name = "filed_at")
    public Instant filedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "ocop_score_item", joinColumns = @JoinColumn(name = "sheet_id"))
    @OrderColumn(name = "position")
    public List<ScoreItem> items = new ArrayList<>();
}
