-- What residents contribute to a campaign, per commune: money, donated land, working days or materials.
-- One row is one contribution of one kind; totals are SQL sums over these rows.
CREATE TABLE contribution (
    id                    UUID          PRIMARY KEY,
    campaign_id           UUID          NOT NULL REFERENCES campaign (id),
    commune_code          TEXT          NOT NULL CHECK (commune_code ~ '^[0-9]{5}$'),
    commune_name          TEXT          NOT NULL,
    province_code         TEXT          NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    kind                  TEXT          NOT NULL CHECK (kind IN ('MONEY', 'LAND', 'LABOUR', 'MATERIALS')),
    contributed_on        DATE          NOT NULL,
    source                TEXT          NOT NULL CHECK (length(source) BETWEEN 1 AND 300),
    amount_vnd            NUMERIC(17,0) CHECK (amount_vnd > 0),
    land_area_m2          NUMERIC(12,2) CHECK (land_area_m2 > 0),
    working_days          NUMERIC(12,1) CHECK (working_days > 0),
    materials_description TEXT          CHECK (length(materials_description) <= 1000),
    materials_value_vnd   NUMERIC(17,0) CHECK (materials_value_vnd >= 0),
    note                  TEXT          CHECK (length(note) <= 2000),
    recorded_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    recorded_by           TEXT          NOT NULL,
    CONSTRAINT contribution_money CHECK ((kind = 'MONEY') = (amount_vnd IS NOT NULL)),
    CONSTRAINT contribution_land CHECK ((kind = 'LAND') = (land_area_m2 IS NOT NULL)),
    CONSTRAINT contribution_labour CHECK ((kind = 'LABOUR') = (working_days IS NOT NULL)),
    CONSTRAINT contribution_materials CHECK ((kind = 'MATERIALS') = (materials_description IS NOT NULL AND materials_value_vnd IS NOT NULL))
);
CREATE INDEX contribution_campaign ON contribution (campaign_id, contributed_on);
CREATE INDEX contribution_commune ON contribution (commune_code, contributed_on);
CREATE INDEX contribution_province ON contribution (province_code, contributed_on);
