-- Rules by which a province or city "completes the NTM task" (QĐ 51/2025/QĐ-TTg, Phụ lục III), versioned data like the
-- criteria sets (vn.ntm.communes.completion). A version never changes; the next one is published through the API.
CREATE TABLE province_completion_rule (
    id            BIGSERIAL PRIMARY KEY,
    code          TEXT        NOT NULL,
    version       INTEGER     NOT NULL CHECK (version >= 1),
    period_from   INTEGER     NOT NULL,
    period_to     INTEGER     NOT NULL CHECK (period_to >= period_from),
    title_vi      TEXT        NOT NULL,
    document      JSONB       NOT NULL,
    published_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_by  TEXT        NOT NULL,
    CONSTRAINT province_completion_rule_code_version UNIQUE (code, version)
);
CREATE INDEX province_completion_rule_period ON province_completion_rule (period_from, period_to);

-- The appendix's wording was not read [NF]: the one condition whose shape is known from the programme (every commune of
-- the province NTM under the 2026–2030 set) and a placeholder for the rest are both unverified, so no province can be
-- found complete on this version until the text is entered (PUT /api/v1/province-completion-rules/QD51-PROVINCE-2026-2030).
INSERT INTO province_completion_rule (code, version, period_from, period_to, title_vi, document, published_by) VALUES
('QD51-PROVINCE-2026-2030', 1, 2026, 2030,
 'Quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026 - 2030',
 '{"titleVi": "Quy định tỉnh, thành phố hoàn thành nhiệm vụ xây dựng nông thôn mới giai đoạn 2026 - 2030",
   "titleEn": "Conditions for a province or city to complete the NTM task, 2026–2030",
   "legalBasis": "Quyết định số 51/2025/QĐ-TTg ngày 29/12/2025 của Thủ tướng Chính phủ, Phụ lục III",
   "periodFrom": 2026, "periodTo": 2030,
   "note": "Appendix III was not readable from our sources; both conditions are unverified. The press reports that it tightens the conditions for provinces (baophapluat.vn, 30/12/2025).",
   "conditions": [
     {"code": "ALL_COMMUNES_NTM", "kind": "COMMUNE_SHARE", "levels": ["NTM", "MODERN"], "minPercent": 100,
      "textVi": "100% số xã trên địa bàn tỉnh đạt chuẩn nông thôn mới theo Bộ tiêu chí giai đoạn 2026 - 2030",
      "textEn": "Every commune (xã) of the province recognised NTM under a 2026–2030 set",
      "verified": false,
      "source": "QĐ 51/2025/QĐ-TTg, Phụ lục III: https://xaydungchinhsach.chinhphu.vn/toan-van-quyet-dinh-51-2025-qd-ttg-ban-hanh-bo-tieu-chi-quoc-gia-ve-nong-thon-moi-giai-doan-2026-2030-119251230104614909.htm",
      "note": "Shape inferred, not read: in 2021–2025 a province completed the task when all its districts had (QĐ 18/2022/QĐ-TTg); with no districts since 1 July 2025 the commune is the unit. Confirm the share, and whether a modern NTM commune counts, from Appendix III."},
     {"code": "OTHER_CONDITIONS", "kind": "DECLARED",
      "textVi": "Các điều kiện khác của Phụ lục III (nội dung chưa được nhập)",
      "textEn": "The other conditions of Appendix III (not yet entered)",
      "verified": false,
      "source": "QĐ 51/2025/QĐ-TTg, Phụ lục III",
      "note": "Placeholder: the appendix''s further conditions were not read. Replace it with each condition and its source in a new version."}
   ]}',
 'migration V51');
