package vn.ntm.campaign.surveys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A village (thôn) the survey runs through, with the households counted in scope there. */
@Entity
@Table(name = "survey_village")
public class SurveyVillage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "survey_id")
    public UUID surveyId;

    public String code;

    public String name;

    @Column(name = "households_in_scope")
    public int householdsInScope;

    public int position;
}
