package vn.ntm.communes.targets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

/**
 * A national target of the programme (V50): a share of the country's rural communes at a level, or a number of
 * provinces completing the NTM task, for a year (2030 is the end of the 2026–2030 period). Loaded as data with its source.
 */
@Entity
@Table(name = "national_target")
public class NationalTargetEntity extends PanacheEntityBase {

    public static final String COMMUNE_LEVEL = "COMMUNE_LEVEL";
    public static final String PROVINCES_COMPLETE = "PROVINCES_COMPLETE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(nullable = false)
    public int year;
    @Column(nullable = false)
    public String subject;
    public String level;
    public BigDecimal percent;
    public Integer provinces;
    @Column(nullable = false)
    public boolean approximate;
    @Column(nullable = false)
    public String source;
    @Column(nullable = false)
    public boolean verified;

    /** The targets of the first year from {@code year} up to {@code until} that has any (the period end as a fallback). */
    public static List<NationalTargetEntity> forYear(int year, int until) {
        for (int y = year; y <= Math.max(year, until); y++) {
            List<NationalTargetEntity> found = list("year", y);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }
}
