-- Commune groups (nhóm xã) of QĐ 51/2025/QĐ-TTg, Appendix I: thresholds differ by group. A group is dated data with
-- its basis (zone II/III classification, urban orientation, agriculture share, new-urban planning...), never a fixed
-- attribute: the group in force on a day is the row with the latest valid_from on or before it.
CREATE TABLE commune_group (
    id             BIGSERIAL PRIMARY KEY,
    unit_id        BIGINT      NOT NULL,
    commune_code   TEXT        NOT NULL,
    province_code  TEXT        NOT NULL,
    group_code     TEXT        NOT NULL CHECK (group_code IN ('GROUP_1', 'GROUP_2', 'GROUP_3')),
    valid_from     DATE        NOT NULL,
    basis_kind     TEXT        NOT NULL,
    basis_document TEXT        NOT NULL,
    basis_date     DATE        NOT NULL,
    source         TEXT        NOT NULL,
    note           TEXT,
    recorded_by    TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT commune_group_one_per_day UNIQUE (unit_id, valid_from)
);
CREATE INDEX commune_group_commune ON commune_group (commune_code, valid_from DESC);
