package vn.ntm.campaign.surveys;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A question of the questionnaire, answered SATISFIED or NOT_SATISFIED; at most one is the overall question. */
@Entity
@Table(name = "survey_question")
public class SurveyQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "survey_id")
    public UUID surveyId;

    public String code;

    public String text;

    public boolean overall;

    public int position;
}
