package vn.ntm.campaign.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ntm.campaign.security.CampaignAccess.Place;
import vn.ntm.common.problem.ApiException;
import vn.ntm.common.security.Actor;
import vn.ntm.common.security.Roles;

/** The scope rules behind the authorisation matrix, for the cases a single record cannot show. */
class CampaignAccessTest {

    private static final Place DUONG_AN = new Place("31", "10972");
    private static final Place BINH_GIANG = new Place("31", "10966");
    private static final Place TAN_HUNG = new Place("33", "11977");

    private static Actor actor(String role, String province, String commune) {
        return new Actor("test", Set.of(role), province, commune);
    }

    @Test
    void aProvinceOfficerOrganisesCampaignsWhollyInsideItsProvince() {
        Actor officer = actor(Roles.PROVINCE_OFFICER, "31", null);
        assertThatCode(() -> CampaignAccess.requireOrganiser(officer, "31", List.of())).doesNotThrowAnyException();
        assertThatCode(() -> CampaignAccess.requireOrganiser(officer, null, List.of(DUONG_AN, BINH_GIANG))).doesNotThrowAnyException();
        assertThatThrownBy(() -> CampaignAccess.requireOrganiser(officer, null, List.of(DUONG_AN, TAN_HUNG)))
                .isInstanceOf(ApiException.class).hasMessageContaining("province 31");
        assertThatThrownBy(() -> CampaignAccess.requireOrganiser(officer, "33", List.of())).isInstanceOf(ApiException.class);
    }

    @Test
    void aFrontSurveyorOrganisesOnlyACampaignOfItsCommuneAlone() {
        Actor surveyor = actor(Roles.FRONT_SURVEYOR, "31", "10972");
        assertThatCode(() -> CampaignAccess.requireOrganiser(surveyor, null, List.of(DUONG_AN))).doesNotThrowAnyException();
        assertThatThrownBy(() -> CampaignAccess.requireOrganiser(surveyor, null, List.of(DUONG_AN, BINH_GIANG))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> CampaignAccess.requireOrganiser(surveyor, "31", List.of())).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> CampaignAccess.requireOrganiserOfCodes(surveyor, null, List.of("10972", "10966")))
                .isInstanceOf(ApiException.class).hasMessageContaining("10972");
        // a Front surveyor's token without its commune reaches nothing
        Actor unscoped = actor(Roles.FRONT_SURVEYOR, "31", null);
        assertThatThrownBy(() -> CampaignAccess.requireOrganiser(unscoped, null, List.of(DUONG_AN))).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> CampaignAccess.requireOrganiserOfCodes(unscoped, null, List.of("10972"))).isInstanceOf(ApiException.class);
    }

    @Test
    void communeScopedRolesNeedTheirCommuneInTheToken() {
        assertThatThrownBy(() -> CampaignAccess.requireSurveyor(actor(Roles.FRONT_SURVEYOR, "31", null), "31", "10972"))
                .isInstanceOf(ApiException.class).hasMessageContaining("names no commune");
        assertThatThrownBy(() -> CampaignAccess.requireContributor(actor(Roles.COMMUNE_OFFICER, "31", null), "31", "10972"))
                .isInstanceOf(ApiException.class).hasMessageContaining("names no commune");
        assertThatCode(() -> CampaignAccess.requireContributor(actor(Roles.COMMUNE_OFFICER, "31", "10972"), null, "10972"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CampaignAccess.requireContributor(actor(Roles.COMMUNE_OFFICER, "31", "10966"), null, "10972"))
                .isInstanceOf(ApiException.class);
        assertThatCode(() -> CampaignAccess.requireContributor(actor(Roles.PROVINCE_OFFICER, "31", null), "31", "10972"))
                .doesNotThrowAnyException();
    }

    @Test
    void aCitizenAnswersForTheHouseholdItsTokenNamesWhateverTheSpellingAndCase() {
        Actor citizen = actor(Roles.CITIZEN, "31", "10972");
        assertThatCode(() -> CampaignAccess.requireRespondent(citizen, "HGĐ-THÔN ĐÔNG-0001", "31", "10972", " hgđ-tho\u0302n  đông-0001 "))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CampaignAccess.requireRespondent(citizen, "HGĐ-THÔN ĐÔNG-0001", "31", "10972", "HGĐ-THÔN ĐÔNG-0002"))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> CampaignAccess.requireRespondent(citizen, null, "31", "10972", "HGĐ-THÔN ĐÔNG-0001"))
                .isInstanceOf(ApiException.class);
        // administrators do not fill in households' forms
        assertThatThrownBy(() -> CampaignAccess.requireRespondent(actor(Roles.ADMINISTRATOR, null, null), null, "31", "10972", "HGĐ-1"))
                .isInstanceOf(ApiException.class);
    }
}
