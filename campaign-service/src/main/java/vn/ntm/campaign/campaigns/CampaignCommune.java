package vn.ntm.campaign.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A commune named in a campaign's scope, with the name and province communes-service gave for it. */
@Embeddable
public class CampaignCommune {

    @Column(name = "commune_code")
    public String code;

    @Column(name = "commune_name")
    public String name;

    @Column(name = "province_code")
    public String provinceCode;

    protected CampaignCommune() {
    }

    public CampaignCommune(String code, String name, String provinceCode) {
        this.code = code;
        this.name = name;
        this.provinceCode = provinceCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CampaignCommune that && Objects.equals(code, that.code)
                && Objects.equals(name, that.name) && Objects.equals(provinceCode, that.provinceCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name, provinceCode);
    }
}
