-- Annual inspections of certified products (issue 21, piece 4). After recognition the province inspects every year
-- (QĐ 148/QĐ-TTg Art. 7 and QĐ 1489/QĐ-TTg: the provincial people's committee checks and supervises OCOP products).
-- The items an inspector checks are data with their source, so a province can add its own without a release.
CREATE TABLE ocop_inspection_item (
    code         TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    legal_source TEXT NOT NULL
);
INSERT INTO ocop_inspection_item (code, name, legal_source) VALUES
    ('LABEL_AND_MARK', 'Nhãn hàng hóa và việc sử dụng biểu trưng OCOP đúng hạng sao',
     'QĐ 148/QĐ-TTg Phụ lục (sử dụng biểu trưng OCOP); NĐ 43/2017/NĐ-CP, NĐ 111/2021/NĐ-CP (nhãn hàng hóa)'),
    ('QUALITY_AS_RATED', 'Chất lượng sản phẩm so với hồ sơ đã được đánh giá, phân hạng',
     'QĐ 148/QĐ-TTg Điều 7 (kiểm tra, giám sát sản phẩm sau công nhận); QĐ 1489/QĐ-TTg'),
    ('CERTIFICATE_DISPLAY', 'Giấy chứng nhận còn hiệu lực và được trưng bày, công khai đúng',
     'QĐ 148/QĐ-TTg Điều 7'),
    ('FOOD_SAFETY', 'Điều kiện an toàn thực phẩm của cơ sở (nhóm thực phẩm)',
     'Luật An toàn thực phẩm 2010; NĐ 15/2018/NĐ-CP');

CREATE TABLE ocop_inspection_plan (
    id            UUID PRIMARY KEY,
    province_code CHAR(2) NOT NULL,
    year          INT NOT NULL CHECK (year BETWEEN 2019 AND 2100),
    created_by    TEXT,
    version       BIGINT NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (province_code, year)
);

CREATE TABLE ocop_inspection (
    id              UUID PRIMARY KEY,
    plan_id         UUID NOT NULL REFERENCES ocop_inspection_plan (id),
    certificate_id  BIGINT NOT NULL REFERENCES ocop_certificate (id),
    province_code   CHAR(2) NOT NULL,
    year            INT NOT NULL,
    -- the warning this inspection follows up, when it is a follow-up
    follow_up_of_id UUID REFERENCES ocop_inspection (id),
    inspected_on    DATE,
    -- the inspector's name is kept for the record, never published
    inspector       TEXT,
    outcome         TEXT CHECK (outcome IN ('COMPLIANT', 'WARNING', 'PROPOSE_REVOCATION')),
    remedy_deadline DATE,
    -- a warning is closed by its follow-up
    closed_by_id    UUID REFERENCES ocop_inspection (id),
    note            TEXT,
    version         BIGINT NOT NULL DEFAULT 0,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (outcome <> 'WARNING' OR remedy_deadline IS NOT NULL)
);
CREATE UNIQUE INDEX ocop_inspection_planned_once ON ocop_inspection (plan_id, certificate_id) WHERE follow_up_of_id IS NULL;
CREATE INDEX ocop_inspection_certificate ON ocop_inspection (certificate_id, inspected_on);

CREATE TABLE ocop_inspection_finding (
    inspection_id UUID NOT NULL REFERENCES ocop_inspection (id),
    item_code     TEXT NOT NULL REFERENCES ocop_inspection_item (code),
    compliant     BOOLEAN NOT NULL,
    note          TEXT,
    PRIMARY KEY (inspection_id, item_code)
);
