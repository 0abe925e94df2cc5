-- Campaigns and emulation movements (section D.4 of the domain reference) with their scope and activities.
-- Commune codes are GSO codes checked against communes-service; the province each one answered with is kept,
-- because a code alone is not an identity across the 1 July 2025 reform and the province filters need it.
CREATE TABLE campaign (
    id            UUID        PRIMARY KEY,
    name          TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 300),
    name_folded   TEXT        NOT NULL,
    kind          TEXT        NOT NULL CHECK (kind IN ('CAMPAIGN', 'EMULATION_MOVEMENT')),
    organiser     TEXT        NOT NULL CHECK (length(organiser) BETWEEN 1 AND 300),
    scope_type    TEXT        NOT NULL CHECK (scope_type IN ('PROVINCE', 'COMMUNES')),
    -- set for a PROVINCE scope only; a COMMUNES scope keeps the province of each commune in campaign_commune
    province_code TEXT        CHECK (province_code ~ '^[0-9]{2}$'),
    start_date    DATE        NOT NULL,
    end_date      DATE,
    description   TEXT        CHECK (length(description) <= 4000),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by    TEXT        NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by    TEXT        NOT NULL,
    version       BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT campaign_period CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT campaign_scope CHECK ((scope_type = 'PROVINCE') = (province_code IS NOT NULL))
);
CREATE INDEX campaign_name_search ON campaign USING gin (name_folded gin_trgm_ops);
CREATE INDEX campaign_province ON campaign (province_code) WHERE province_code IS NOT NULL;
CREATE INDEX campaign_start ON campaign (start_date DESC, id);

CREATE TABLE campaign_commune (
    campaign_id   UUID NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    commune_code  TEXT NOT NULL CHECK (commune_code ~ '^[0-9]{5}$'),
    commune_name  TEXT NOT NULL,
    province_code TEXT NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    PRIMARY KEY (campaign_id, commune_code)
);
CREATE INDEX campaign_commune_code ON campaign_commune (commune_code);
CREATE INDEX campaign_commune_province ON campaign_commune (province_code);

CREATE TABLE campaign_activity (
    id           UUID        PRIMARY KEY,
    campaign_id  UUID        NOT NULL REFERENCES campaign (id),
    title        TEXT        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    description  TEXT        CHECK (length(description) <= 4000),
    commune_code TEXT        CHECK (commune_code ~ '^[0-9]{5}$'),
    commune_name TEXT,
    province_code TEXT        CHECK (province_code ~ '^[0-9]{2}$'),
    place        TEXT        CHECK (length(place) <= 300),
    start_date   DATE        NOT NULL,
    end_date     DATE,
    participants INTEGER     CHECK (participants >= 0),
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by  TEXT        NOT NULL,
    CONSTRAINT campaign_activity_period CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT campaign_activity_commune CHECK ((commune_code IS NULL) = (province_code IS NULL))
);
CREATE INDEX campaign_activity_listing ON campaign_activity (campaign_id, start_date DESC, id);
