-- Uses of the OCOP mark (biểu trưng OCOP) and reported violations (issue 21, piece 4). The kinds of use, the kinds of
-- violation and the actions are data with their legal source, so a province's own rules add rows, not releases.
-- [R] Use of the OCOP mark: QĐ 1162/QĐ-VPĐP-OCOP (2020) of the Central OCOP Coordination Office, with provincial rules;
-- QĐ 148/QĐ-TTg Art. 7 (checks after recognition). Where the article that names a case was not read it says "unverified".
CREATE TABLE ocop_mark_use_kind (
    code         TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    legal_source TEXT NOT NULL
);
INSERT INTO ocop_mark_use_kind (code, name, legal_source) VALUES
    ('PACKAGING', 'In biểu trưng OCOP trên bao bì sản phẩm',
     '[R] QĐ 1162/QĐ-VPĐP-OCOP (2020), sử dụng biểu trưng OCOP trên bao bì; article unverified'),
    ('LABEL', 'Tem, nhãn hàng hóa mang biểu trưng OCOP và hạng sao',
     '[R] QĐ 1162/QĐ-VPĐP-OCOP (2020); NĐ 43/2017/NĐ-CP, NĐ 111/2021/NĐ-CP (nhãn hàng hóa); article unverified'),
    ('SALES_CHANNEL', 'Điểm bán, sàn thương mại điện tử, gian hàng trưng bày sản phẩm OCOP',
     '[R] QĐ 1162/QĐ-VPĐP-OCOP (2020); article unverified'),
    ('ADVERTISING', 'Quảng cáo, ấn phẩm, truyền thông có biểu trưng OCOP',
     '[R] QĐ 1162/QĐ-VPĐP-OCOP (2020); Luật Quảng cáo 2012; article unverified');

CREATE TABLE ocop_mark_violation_kind (
    code          TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    -- the report must say how many stars were shown (a wrong star count is judged against the certificate)
    needs_stars   BOOLEAN NOT NULL DEFAULT false,
    legal_source  TEXT NOT NULL
);
INSERT INTO ocop_mark_violation_kind (code, name, needs_stars, legal_source) VALUES
    ('NO_CERTIFICATE', 'Sử dụng biểu trưng OCOP khi sản phẩm chưa được công nhận', false,
     '[R] QĐ 148/QĐ-TTg (chỉ sản phẩm được công nhận 3-5 sao được sử dụng biểu trưng); QĐ 1162/QĐ-VPĐP-OCOP; article unverified'),
    ('AFTER_EXPIRY', 'Tiếp tục sử dụng biểu trưng OCOP sau khi giấy chứng nhận hết hiệu lực hoặc bị thu hồi', false,
     '[R] QĐ 148/QĐ-TTg (kết quả có giá trị 36 tháng); QĐ 1162/QĐ-VPĐP-OCOP; article unverified'),
    ('WRONG_STARS', 'Biểu trưng OCOP thể hiện hạng sao khác hạng được công nhận', true,
     '[R] QĐ 1162/QĐ-VPĐP-OCOP (biểu trưng theo hạng sao); article unverified'),
    ('UNREGISTERED_USE', 'Sử dụng biểu trưng OCOP trên hình thức chưa đăng ký', false,
     '[I] provincial OCOP management rules (registration of mark uses); unverified');

CREATE TABLE ocop_mark_action (
    code              TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    -- the action opens the certificate revocation (the existing flow, not a copy of it)
    opens_revocation  BOOLEAN NOT NULL DEFAULT false,
    legal_source      TEXT NOT NULL
);
INSERT INTO ocop_mark_action (code, name, opens_revocation, legal_source) VALUES
    ('WARNING', 'Nhắc nhở, cảnh cáo chủ thể', false,
     '[I] provincial OCOP management rules; unverified'),
    ('CORRECTION', 'Yêu cầu khắc phục: thu hồi, điều chỉnh bao bì, tem nhãn, quảng cáo', false,
     '[I] provincial OCOP management rules; QĐ 148/QĐ-TTg Art. 7 (kiểm tra, giám sát); unverified'),
    ('REFERRAL', 'Chuyển cơ quan quản lý thị trường, thanh tra xử lý theo thẩm quyền', false,
     '[R] NĐ 98/2020/NĐ-CP (xử phạt vi phạm hành chính trong hoạt động thương mại); article unverified'),
    ('REVOCATION_PROPOSAL', 'Đề nghị thu hồi giấy chứng nhận sản phẩm OCOP', true,
     '[R] QĐ 148/QĐ-TTg (thu hồi giấy chứng nhận); article unverified');

CREATE TABLE ocop_mark_use (
    id             UUID PRIMARY KEY,
    product_id     UUID NOT NULL REFERENCES ocop_product (id),
    certificate_id BIGINT NOT NULL REFERENCES ocop_certificate (id),
    kind           TEXT NOT NULL REFERENCES ocop_mark_use_kind (code),
    description    TEXT NOT NULL,
    -- where: a shop, a marketplace address, a printed batch
    place          TEXT,
    used_from      DATE NOT NULL,
    used_until     DATE,
    created_by     TEXT,
    version        BIGINT NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (used_until IS NULL OR used_until >= used_from)
);
CREATE INDEX ocop_mark_use_product ON ocop_mark_use (product_id, used_from);

CREATE TABLE ocop_mark_violation (
    id                    UUID PRIMARY KEY,
    province_code         CHAR(2) NOT NULL,
    -- the product when it is registered here; a product that never entered the programme has only a name
    product_id            UUID REFERENCES ocop_product (id),
    product_name          TEXT NOT NULL,
    kind                  TEXT NOT NULL REFERENCES ocop_mark_violation_kind (code),
    seen_on               DATE NOT NULL,
    seen_at               TEXT NOT NULL,
    description           TEXT NOT NULL,
    stars_shown           INT CHECK (stars_shown BETWEEN 1 AND 5),
    -- the reporter's personal data: kept for the handling officials, never in a public answer
    reporter_name         TEXT,
    reporter_contact      TEXT,
    reported_by           TEXT NOT NULL,
    state                 TEXT NOT NULL CHECK (state IN ('REPORTED', 'UNDER_REVIEW', 'RESOLVED')),
    review_started_on     DATE,
    action                TEXT REFERENCES ocop_mark_action (code),
    action_note           TEXT,
    resolved_on           DATE,
    handled_by            TEXT,
    revoked_certificate_id BIGINT REFERENCES ocop_certificate (id),
    version               BIGINT NOT NULL DEFAULT 0,
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (state <> 'RESOLVED' OR (action IS NOT NULL AND resolved_on IS NOT NULL))
);
CREATE INDEX ocop_mark_violation_province ON ocop_mark_violation (province_code, state, seen_on);

CREATE TABLE ocop_mark_violation_evidence (
    violation_id UUID NOT NULL REFERENCES ocop_mark_violation (id),
    position     INT NOT NULL,
    file_name    TEXT NOT NULL,
    sha256       CHAR(64) NOT NULL,
    size_bytes   BIGINT,
    PRIMARY KEY (violation_id, position)
);
