-- Traceability of certified products (issue 21, piece 5). Trace codes follow TCVN 13274:2020 on the GS1 model (a GTIN
-- with a lot or a serial, and a GLN for the location); trace events record one step back (inputs and their supplier)
-- and one step forward (the buyer or distributor).
-- The minimum data items are those of TT 02/2024/TT-BKHCN (at least 10 items per product, [R] in the domain notes). The
-- article listing them could not be read here: every row says "unverified" until it is checked against the text.
CREATE TABLE ocop_trace_data_item (
    code         TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    -- PRODUCT: taken from the records (product, certificate, trace code); BACK / FORWARD: sent with each event
    applies_to   TEXT NOT NULL CHECK (applies_to IN ('PRODUCT', 'BACK', 'FORWARD')),
    mandatory    BOOLEAN NOT NULL,
    -- PRODUCT items: where the value comes from
    source_field TEXT,
    legal_source TEXT NOT NULL
);
INSERT INTO ocop_trace_data_item (code, name, applies_to, mandatory, source_field, legal_source) VALUES
    ('PRODUCT_NAME', 'Tên sản phẩm, hàng hóa', 'PRODUCT', true, 'product.name',
     '[R] TT 02/2024/TT-BKHCN (thông tin truy xuất nguồn gốc tối thiểu); article unverified'),
    ('PRODUCER', 'Tên, địa chỉ cơ sở sản xuất', 'PRODUCT', true, 'subject.name, product.commune',
     '[R] TT 02/2024/TT-BKHCN; article unverified'),
    ('TRACE_CODE', 'Mã truy vết sản phẩm (GTIN kèm số lô hoặc số sê-ri)', 'PRODUCT', true, 'code.elementString',
     '[R] TT 02/2024/TT-BKHCN; TCVN 13274:2020; article unverified'),
    ('LOCATION_CODE', 'Mã truy vết địa điểm (GLN)', 'PRODUCT', false, 'code.gln',
     '[R] TT 02/2024/TT-BKHCN; TCVN 13274:2020; article unverified'),
    ('PRODUCED_ON', 'Thời gian sản xuất, đóng gói', 'PRODUCT', true, 'code.producedOn',
     '[R] TT 02/2024/TT-BKHCN; article unverified'),
    ('LOT_QUANTITY', 'Số lượng, khối lượng của lô', 'PRODUCT', false, 'code.quantity',
     '[I] TT 02/2024/TT-BKHCN; unverified'),
    ('INPUT_NAME', 'Tên nguyên liệu, vật tư đầu vào', 'BACK', true, NULL,
     '[R] TT 02/2024/TT-BKHCN (truy xuất một bước trước); article unverified'),
    ('SUPPLIER_NAME', 'Tên cơ sở cung cấp nguyên liệu', 'BACK', true, NULL,
     '[R] TT 02/2024/TT-BKHCN (truy xuất một bước trước); article unverified'),
    ('SUPPLIER_ADDRESS', 'Địa chỉ cơ sở cung cấp nguyên liệu', 'BACK', true, NULL,
     '[R] TT 02/2024/TT-BKHCN; article unverified'),
    ('INPUT_QUANTITY', 'Số lượng, khối lượng nguyên liệu tiếp nhận', 'BACK', true, NULL,
     '[I] TT 02/2024/TT-BKHCN; unverified'),
    ('INPUT_LOT', 'Mã lô, mã truy vết của nguyên liệu (nếu có)', 'BACK', false, NULL,
     '[I] TT 02/2024/TT-BKHCN; TCVN 12850:2019; unverified'),
    ('RECEIVER_NAME', 'Tên cơ sở tiếp nhận sản phẩm (bên mua, nhà phân phối)', 'FORWARD', true, NULL,
     '[R] TT 02/2024/TT-BKHCN (truy xuất một bước sau); article unverified'),
    ('RECEIVER_ADDRESS', 'Địa chỉ cơ sở tiếp nhận sản phẩm', 'FORWARD', true, NULL,
     '[R] TT 02/2024/TT-BKHCN; article unverified'),
    ('DISPATCH_QUANTITY', 'Số lượng, khối lượng sản phẩm giao', 'FORWARD', true, NULL,
     '[I] TT 02/2024/TT-BKHCN; unverified'),
    ('DISPATCH_DOCUMENT', 'Số chứng từ giao nhận (hóa đơn, phiếu xuất kho)', 'FORWARD', false, NULL,
     '[I] TT 02/2024/TT-BKHCN; unverified');

CREATE TABLE ocop_trace_code (
    id             UUID PRIMARY KEY,
    product_id     UUID NOT NULL REFERENCES ocop_product (id),
    -- the certificate in force when the code was registered
    certificate_id BIGINT NOT NULL REFERENCES ocop_certificate (id),
    gtin           CHAR(14) NOT NULL CHECK (gtin ~ '^[0-9]{14}$'),
    lot            TEXT,
    serial         TEXT,
    gln            CHAR(13) CHECK (gln ~ '^[0-9]{13}$'),
    gln_extension  TEXT,
    element_string TEXT NOT NULL,
    produced_on    DATE NOT NULL,
    quantity       NUMERIC(14, 3),
    unit           TEXT,
    created_by     TEXT,
    version        BIGINT NOT NULL DEFAULT 0,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (lot IS NOT NULL OR serial IS NOT NULL)
);
-- one record per product instance: the same GTIN with the same lot and serial is a duplicate
CREATE UNIQUE INDEX ocop_trace_code_instance ON ocop_trace_code (gtin, coalesce(lot, ''), coalesce(serial, ''));
CREATE INDEX ocop_trace_code_product ON ocop_trace_code (product_id, created_at);

CREATE TABLE ocop_trace_event (
    id            UUID PRIMARY KEY,
    trace_code_id UUID NOT NULL REFERENCES ocop_trace_code (id),
    direction     TEXT NOT NULL CHECK (direction IN ('BACK', 'FORWARD')),
    event_date    DATE NOT NULL,
    partner_gln   CHAR(13) CHECK (partner_gln ~ '^[0-9]{13}$'),
    created_by    TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ocop_trace_event_code ON ocop_trace_event (trace_code_id, event_date);

CREATE TABLE ocop_trace_event_value (
    event_id  UUID NOT NULL REFERENCES ocop_trace_event (id),
    item_code TEXT NOT NULL REFERENCES ocop_trace_data_item (code),
    value     TEXT NOT NULL,
    PRIMARY KEY (event_id, item_code)
);
