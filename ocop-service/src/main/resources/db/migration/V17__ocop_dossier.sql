-- Product dossiers (hồ sơ sản phẩm) from the producer to the council (issue 21). The steps a dossier goes through and
-- the documents it must carry depend on the rule version in force on the dossier's date, so both are data per rule
-- version, beside the rule tables of V11. [I] rows are unconfirmed and must be checked against the decisions.

-- The steps of each rule version, in order. CHECK: a body checks the dossier and proposes it (no scoring);
-- EVALUATE: a council scores it (an ocop_evaluation at council_level). min_score_to_enter: a dossier reaches the step
-- only when the previous council's average reached it (e.g. 90 points for the Ministry's council).
CREATE TABLE ocop_dossier_step (
    rule_version       TEXT         NOT NULL REFERENCES ocop_rule_version (code),
    position           SMALLINT     NOT NULL CHECK (position >= 1),
    code               TEXT         NOT NULL,
    kind               TEXT         NOT NULL CHECK (kind IN ('CHECK', 'EVALUATE')),
    council_level      TEXT         NOT NULL CHECK (council_level IN ('COMMUNE_PRECHECK', 'DISTRICT', 'PROVINCE', 'CENTRAL')),
    acting_body        TEXT         NOT NULL,
    min_score_to_enter NUMERIC(5, 2) CHECK (min_score_to_enter BETWEEN 0 AND 100),
    legal_source       TEXT         NOT NULL,
    PRIMARY KEY (rule_version, position),
    UNIQUE (rule_version, code)
);

INSERT INTO ocop_dossier_step (rule_version, position, code, kind, council_level, acting_body, min_score_to_enter, legal_source) VALUES
('QD_1048_2019', 1, 'DISTRICT_COUNCIL', 'EVALUATE', 'DISTRICT', 'Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp huyện', NULL,
 'QĐ 1048/QĐ-TTg; the district scores and sends 50 points or more to the province'),
('QD_1048_2019', 2, 'PROVINCE_COUNCIL', 'EVALUATE', 'PROVINCE', 'Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh', 50.00, 'QĐ 1048/QĐ-TTg'),
('QD_1048_2019', 3, 'CENTRAL_COUNCIL', 'EVALUATE', 'CENTRAL', 'Hội đồng đánh giá, phân hạng sản phẩm OCOP Trung ương', 90.00, 'QĐ 1048/QĐ-TTg'),
('QD_148_2023', 1, 'DISTRICT_COUNCIL', 'EVALUATE', 'DISTRICT', 'Ủy ban nhân dân cấp huyện (Hội đồng OCOP cấp huyện)', NULL,
 'QĐ 148/QĐ-TTg ngày 24/02/2023: the district People''s Committee certifies 3 stars'),
('QD_148_2023', 2, 'PROVINCE_COUNCIL', 'EVALUATE', 'PROVINCE', 'Ủy ban nhân dân cấp tỉnh (Hội đồng OCOP cấp tỉnh)', 70.00,
 'QĐ 148/QĐ-TTg: 70 points or more at the district go to the province'),
('QD_148_2023', 3, 'CENTRAL_COUNCIL', 'EVALUATE', 'CENTRAL', 'Bộ Nông nghiệp và Phát triển nông thôn (Hội đồng OCOP Trung ương)', 90.00,
 'QĐ 148/QĐ-TTg: 90 points or more are proposed for 5 stars'),
('QD_1489_2025', 1, 'COMMUNE_CHECK', 'CHECK', 'COMMUNE_PRECHECK', 'Ủy ban nhân dân cấp xã', NULL,
 'QĐ 1489/QĐ-TTg ngày 06/07/2025: the commune checks origin, raw materials and local labour and proposes the product'),
('QD_1489_2025', 2, 'PROVINCE_COUNCIL', 'EVALUATE', 'PROVINCE', 'Ủy ban nhân dân cấp tỉnh (Hội đồng OCOP cấp tỉnh)', NULL,
 'QĐ 1489/QĐ-TTg ngày 06/07/2025'),
('QD_1489_2025', 3, 'CENTRAL_COUNCIL', 'EVALUATE', 'CENTRAL', 'Bộ Nông nghiệp và Môi trường (Hội đồng OCOP Trung ương)', 90.00,
 'QĐ 1489/QĐ-TTg ngày 06/07/2025: 90 points or more are proposed to the Ministry of Agriculture and Environment');

-- The documents a dossier carries, per rule version. [I] The lists follow the dossier components of QĐ 148 (and 1048
-- before it) as republished by provincial OCOP offices; the decisions' appendix wording must be checked.
CREATE TABLE ocop_required_document (
    rule_version TEXT    NOT NULL REFERENCES ocop_rule_version (code),
    code         TEXT    NOT NULL,
    name_vi      TEXT    NOT NULL,
    mandatory    BOOLEAN NOT NULL,
    legal_source TEXT    NOT NULL,
    PRIMARY KEY (rule_version, code)
);

INSERT INTO ocop_required_document (rule_version, code, name_vi, mandatory, legal_source)
SELECT v.code, d.code, d.name_vi, d.mandatory, d.source
FROM ocop_rule_version v
CROSS JOIN (VALUES
    ('REGISTRATION_FORM', 'Phiếu đăng ký sản phẩm tham gia đánh giá, phân hạng', true, '[I] QĐ 148/QĐ-TTg, dossier component 1'),
    ('PRODUCT_PLAN', 'Phương án/kế hoạch sản xuất kinh doanh sản phẩm', true, '[I] QĐ 148/QĐ-TTg, dossier component 2'),
    ('BUSINESS_REGISTRATION', 'Bản sao giấy đăng ký kinh doanh', true, '[I] QĐ 148/QĐ-TTg, dossier component 3'),
    ('FOOD_SAFETY', 'Bản sao giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (nếu có)', false, '[I] QĐ 148/QĐ-TTg, dossier component 4'),
    ('QUALITY_DECLARATION', 'Bản công bố chất lượng / tiêu chuẩn sản phẩm', true, '[I] QĐ 148/QĐ-TTg, dossier component 5'),
    ('PRODUCT_STORY', 'Câu chuyện về sản phẩm', false, '[I] QĐ 148/QĐ-TTg, dossier component 6')
) AS d (code, name_vi, mandatory, source);

CREATE TABLE ocop_dossier (
    id                     UUID PRIMARY KEY,
    product_id             UUID          NOT NULL REFERENCES ocop_product (id),
    subject_id             UUID          NOT NULL REFERENCES ocop_subject (id),
    -- where the product is made: the territory of the officials who act on the dossier
    province_code          CHAR(2)       NOT NULL,
    commune_code           CHAR(5)       NOT NULL,
    dossier_date           DATE          NOT NULL,
    rule_version           TEXT          NOT NULL REFERENCES ocop_rule_version (code),
    state                  TEXT          NOT NULL CHECK (state IN ('SUBMITTED', 'RETURNED', 'IN_EVALUATION', 'CERTIFIED', 'NOT_CERTIFIED')),
    step_position          SMALLINT      NOT NULL,
    self_score             NUMERIC(5, 2) NOT NULL CHECK (self_score BETWEEN 0 AND 100),
    description            TEXT,
    return_reason          TEXT,
    evaluation_id          UUID REFERENCES ocop_evaluation (id),
    certificate_id         BIGINT REFERENCES ocop_certificate (id),
    -- a renewal: the certificate approaching expiry that this dossier renews
    renewal_of_id          BIGINT REFERENCES ocop_certificate (id),
    submitted_by           TEXT          NOT NULL,
    version                BIGINT        NOT NULL DEFAULT 0,
    created_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (state <> 'RETURNED' OR return_reason IS NOT NULL)
);
CREATE INDEX ocop_dossier_subject ON ocop_dossier (subject_id, dossier_date DESC);
CREATE INDEX ocop_dossier_province ON ocop_dossier (province_code, state, dossier_date DESC);
CREATE INDEX ocop_dossier_product ON ocop_dossier (product_id);
-- one open dossier per product at a time (a renewal waits for the previous dossier to close)
CREATE UNIQUE INDEX ocop_dossier_one_open ON ocop_dossier (product_id) WHERE state IN ('SUBMITTED', 'RETURNED', 'IN_EVALUATION');

CREATE TABLE ocop_dossier_document (
    dossier_id UUID    NOT NULL REFERENCES ocop_dossier (id) ON DELETE CASCADE,
    code       TEXT    NOT NULL,
    file_name  TEXT    NOT NULL,
    -- SHA-256 of the file as the producer uploaded it, lower-case hex
    sha256     CHAR(64) NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes BIGINT  CHECK (size_bytes >= 0),
    PRIMARY KEY (dossier_id, code)
);

-- What happened to a dossier, step by step: who acted, for which body, and why (a return for revision names its reason).
CREATE TABLE ocop_dossier_event (
    id          BIGSERIAL PRIMARY KEY,
    dossier_id  UUID        NOT NULL REFERENCES ocop_dossier (id) ON DELETE CASCADE,
    step_code   TEXT        NOT NULL,
    action      TEXT        NOT NULL CHECK (action IN ('SUBMITTED', 'RETURNED', 'RESUBMITTED', 'PROPOSED', 'EVALUATION_OPENED',
                                                       'DECIDED', 'ADVANCED', 'CERTIFIED', 'NOT_CERTIFIED')),
    acting_body TEXT        NOT NULL,
    actor       TEXT        NOT NULL,
    note        TEXT,
    occurred_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ocop_dossier_event_dossier ON ocop_dossier_event (dossier_id, id);

-- An evaluation opened from a dossier names it; one opened directly back-fills a historical decision and says so.
ALTER TABLE ocop_evaluation ADD COLUMN dossier_id UUID REFERENCES ocop_dossier (id);
ALTER TABLE ocop_evaluation ADD COLUMN back_filled BOOLEAN NOT NULL DEFAULT true;
CREATE INDEX ocop_evaluation_dossier ON ocop_evaluation (dossier_id) WHERE dossier_id IS NOT NULL;

-- A renewal decided before expiry issues a RENEWAL certificate that follows on from the one it renews.
ALTER TABLE ocop_certificate DROP CONSTRAINT ocop_certificate_kind_check;
ALTER TABLE ocop_certificate ADD CONSTRAINT ocop_certificate_kind_check CHECK (kind IN ('NEW', 'RE_EVALUATION', 'RENEWAL'));
