package vn.ntm.ocop.evaluation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.ntm.ocop.certificate.Certificate;
import vn.ntm.ocop.product.Product;
import vn.ntm.ocop.rules.CouncilLevel;
import vn.ntm.ocop.rules.RatingOutcome;

/** One council's scoring of one product in one round. */
@Entity
@Table(name = "ocop_evaluation")
public class Evaluation extends PanacheEntityBase {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    public Product product;

    @Enumerated(EnumType.STRING)
    @Column(name = "council_level")
    public CouncilLevel councilLevel;

    @Column(name = "council_name")
    public String councilName;

    @Column(name = "evaluation_date")
    public LocalDate evaluationDate;

    /** Code of the rule version in force on the evaluation date. */
    @Column(name = "rule_version")
    public String ruleVersion;

    @Enumerated(EnumType.STRING)
    public EvaluationState state;

    @Column(name = "created_by")
    public String createdBy;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("member")
    public List<ScoreSheet> sheets = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "ocop_mandatory_check", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderBy("criterionCode")
    public List<MandatoryCheck> mandatoryChecks = new ArrayList<>();

    @Column(name = "score_sheets")
    public Integer scoreSheetCount;

    @Column(name = "average_score")
    public BigDecimal averageScore;

    @Column(name = "band_stars")
    public Integer bandStars;

    @Column(name = "mandatory_cap_stars")
    public Integer mandatoryCapStars;

    @Column(name = "awarded_stars")
    public Integer awardedStars;

    @Enumerated(EnumType.STRING)
    public RatingOutcome outcome;

    @Column(name = "proposed_for_stars")
    public Integer proposedForStars;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "issuing_body")
    public String issuingBody;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id")
    public Certificate certificate;

    /** The dossier this evaluation was opened from; {@code null} for a back-filled historical evaluation. */
    @Column(name = "dossier_id")
    public UUID dossierId;

    /** Created directly rather than from a producer's dossier: back-filling a historical decision. */
    @Column(name = "back_filled")
    public boolean backFilled;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Touched by every change, score sheets included, so that the version (ETag) moves with them. */
    @Column(name = "updated_at")
    public Instant updatedAt;
}
