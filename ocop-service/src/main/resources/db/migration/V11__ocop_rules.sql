-- The OCOP scoring rules as versioned data. The version in force on an evaluation's date decides the part maxima,
-- the star bands, what each council level may certify and the mandatory criteria per star. Sources: section C of
-- /work/shared/domain/ntm-domain-reference.md; [I] rows are unconfirmed and must be checked against the decisions.

CREATE TABLE ocop_rule_version (
    code           TEXT PRIMARY KEY,
    title          TEXT         NOT NULL,
    legal_source   TEXT         NOT NULL,
    source_url     TEXT,
    effective_from DATE         NOT NULL,
    -- last day in force (inclusive); NULL while in force
    effective_to   DATE,
    part_a_max     NUMERIC(5, 2) NOT NULL CHECK (part_a_max > 0),
    part_b_max     NUMERIC(5, 2) NOT NULL CHECK (part_b_max > 0),
    part_c_max     NUMERIC(5, 2) NOT NULL CHECK (part_c_max > 0),
    note           TEXT,
    CHECK (part_a_max + part_b_max + part_c_max = 100),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);

INSERT INTO ocop_rule_version (code, title, legal_source, source_url, effective_from, effective_to, part_a_max, part_b_max, part_c_max, note) VALUES
('QD_1048_2019', 'Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP (2019)',
 'QĐ 1048/QĐ-TTg ngày 21/08/2019, sửa đổi bởi QĐ 781/QĐ-TTg ngày 08/06/2020',
 'https://ketnoinonglamthuysan-sonnptnt.baria-vungtau.gov.vn/tin-tuc/quy-trinh-danh-gia-phan-hang-san-pham-ocop-theo-quyet-dinh-so-1048-qd-ttg-ngay-21-8-2019-cua-thu-tuong-chinh-phu',
 '2019-08-21', '2023-02-23', 35.00, 25.00, 40.00,
 'Replaced by QĐ 148/QĐ-TTg, which took effect on signing (24/02/2023).'),
('QD_148_2023', 'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP (2023)',
 'QĐ 148/QĐ-TTg ngày 24/02/2023',
 'http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/46523/thay-doi-tieu-chi-danh-gia-san-pham-ocop',
 '2023-02-24', '2025-07-05', 40.00, 25.00, 35.00,
 'Three tiers: district certifies 3 stars, province 4, central 5.'),
('QD_1489_2025', 'QĐ 148/QĐ-TTg as amended for two-tier local government (2025)',
 'QĐ 148/QĐ-TTg ngày 24/02/2023, sửa đổi bởi QĐ 1489/QĐ-TTg ngày 06/07/2025',
 'https://vietnam24h.com.vn/quy-trinh-danh-gia-phan-hang-san-pham-ocop-theo-02-cap.html',
 '2025-07-06', NULL, 40.00, 25.00, 35.00,
 'District level abolished; the commune People''s Committee pre-checks, the province certifies 3 and 4 stars. [I] The part maxima of 148 are taken as unchanged by 1489.');

-- Star bands: a total at or above min_score (and below the next band's min_score) earns the band's stars.
CREATE TABLE ocop_star_band (
    rule_version TEXT          NOT NULL REFERENCES ocop_rule_version (code),
    stars        SMALLINT      NOT NULL CHECK (stars BETWEEN 1 AND 5),
    min_score    NUMERIC(5, 2) NOT NULL CHECK (min_score >= 0 AND min_score <= 100),
    legal_source TEXT          NOT NULL,
    PRIMARY KEY (rule_version, stars),
    UNIQUE (rule_version, min_score)
);

INSERT INTO ocop_star_band (rule_version, stars, min_score, legal_source)
SELECT v.code, b.stars, b.min_score, b.source
FROM ocop_rule_version v
CROSS JOIN (VALUES
    (1, 0.00,  'https://proatc.vn/phan-hang-nhom-san-pham-ocop/ (under 30 points)'),
    (2, 30.00, 'https://proatc.vn/phan-hang-nhom-san-pham-ocop/ (30 to 49 points)'),
    (3, 50.00, 'https://proatc.vn/phan-hang-nhom-san-pham-ocop/ (50 to 69 points)'),
    (4, 70.00, 'https://proatc.vn/phan-hang-nhom-san-pham-ocop/ (70 to 89 points)'),
    (5, 90.00, 'https://proatc.vn/phan-hang-nhom-san-pham-ocop/ (90 to 100 points)')
) AS b (stars, min_score, source);

-- What each council level may do under each version. allowed = false: the level does not exist under that version.
-- min/max_certified_stars NULL: the level scores and proposes but certifies nothing. A council never certifies above
-- its maximum (a higher result is proposed to the next level) nor below its minimum (the lower level's certificate stands).
CREATE TABLE ocop_council_power (
    rule_version        TEXT     NOT NULL REFERENCES ocop_rule_version (code),
    council_level       TEXT     NOT NULL CHECK (council_level IN ('COMMUNE_PRECHECK', 'DISTRICT', 'PROVINCE', 'CENTRAL')),
    allowed             BOOLEAN  NOT NULL,
    min_certified_stars SMALLINT CHECK (min_certified_stars BETWEEN 3 AND 5),
    max_certified_stars SMALLINT CHECK (max_certified_stars BETWEEN 3 AND 5),
    role_description    TEXT     NOT NULL,
    legal_source        TEXT     NOT NULL,
    PRIMARY KEY (rule_version, council_level),
    CHECK ((min_certified_stars IS NULL) = (max_certified_stars IS NULL)),
    CHECK (min_certified_stars IS NULL OR min_certified_stars <= max_certified_stars),
    CHECK (allowed OR min_certified_stars IS NULL)
);

INSERT INTO ocop_council_power (rule_version, council_level, allowed, min_certified_stars, max_certified_stars, role_description, legal_source) VALUES
('QD_1048_2019', 'COMMUNE_PRECHECK', false, NULL, NULL, 'No commune council under QĐ 1048 [I].', 'QĐ 1048/QĐ-TTg'),
('QD_1048_2019', 'DISTRICT',         true,  NULL, NULL, 'Scores products and sends those with 50 points or more to the province.', 'QĐ 1048/QĐ-TTg; https://danang.gov.vn/web/san-pham-ocop/danh-muc-cd/chi-tiet?id=4782&_c=94677574'),
('QD_1048_2019', 'PROVINCE',         true,  3,    4,    'Certifies 3 and 4 stars; sends 90 points or more to the central council.', 'QĐ 1048/QĐ-TTg'),
('QD_1048_2019', 'CENTRAL',          true,  5,    5,    'Certifies 5 stars (national OCOP product).', 'QĐ 1048/QĐ-TTg'),
('QD_148_2023',  'COMMUNE_PRECHECK', false, NULL, NULL, 'No commune council under QĐ 148 before its 2025 amendment [I].', 'QĐ 148/QĐ-TTg'),
('QD_148_2023',  'DISTRICT',         true,  3,    3,    'The district People''s Committee certifies 3 stars; 70 points or more go to the province.', 'QĐ 148/QĐ-TTg; https://congnghieptieudung.vn/san-pham-ocop-hang-3-sao-do-ubnd-huyen-danh-gia-phan-hang-cap-giay-chung-nhan-dt40883'),
('QD_148_2023',  'PROVINCE',         true,  4,    4,    'Certifies 4 stars; proposes 90 points or more for 5 stars. [I] A lower provincial result leaves the district certificate in place.', 'QĐ 148/QĐ-TTg'),
('QD_148_2023',  'CENTRAL',          true,  5,    5,    'Certifies 5 stars (national OCOP product).', 'QĐ 148/QĐ-TTg'),
('QD_1489_2025', 'COMMUNE_PRECHECK', true,  NULL, NULL, 'The commune People''s Committee checks origin, raw materials and local labour and proposes products to the province.', 'QĐ 1489/QĐ-TTg ngày 06/07/2025; https://baomoi.net.vn/infographic-trinh-tu-danh-gia-phan-hang-san-pham-ocop-c52720491.epi'),
('QD_1489_2025', 'DISTRICT',         false, NULL, NULL, 'District level abolished from 06/07/2025.', 'QĐ 1489/QĐ-TTg ngày 06/07/2025'),
('QD_1489_2025', 'PROVINCE',         true,  3,    4,    'The provincial council evaluates 3 and 4 stars, the provincial People''s Committee certifies; 90 points or more are proposed to the Ministry of Agriculture and Environment.', 'QĐ 1489/QĐ-TTg ngày 06/07/2025'),
('QD_1489_2025', 'CENTRAL',          true,  5,    5,    'Certifies 5 stars (national OCOP product).', 'QĐ 1489/QĐ-TTg ngày 06/07/2025');

-- Mandatory criteria (tiêu chí bắt buộc): a criterion of stars = s must be met for s stars and every level above.
CREATE TABLE ocop_mandatory_criterion (
    rule_version TEXT     NOT NULL REFERENCES ocop_rule_version (code),
    code         TEXT     NOT NULL,
    stars        SMALLINT NOT NULL CHECK (stars BETWEEN 1 AND 5),
    name_vi      TEXT     NOT NULL,
    name_en      TEXT     NOT NULL,
    legal_source TEXT     NOT NULL,
    confidence   CHAR(1)  NOT NULL CHECK (confidence IN ('V', 'I')),
    PRIMARY KEY (rule_version, code)
);

INSERT INTO ocop_mandatory_criterion (rule_version, code, stars, name_vi, name_en, legal_source, confidence)
SELECT v.code, c.code, c.stars, c.name_vi, c.name_en, c.source, c.confidence
FROM ocop_rule_version v
CROSS JOIN (VALUES
    ('PRODUCT_STANDARD_PUBLISHED', 3, 'Có tiêu chuẩn sản phẩm được công bố (hồ sơ tự công bố / công bố chất lượng)',
     'Published product standard (quality self-declaration)',
     'QĐ 781/QĐ-TTg (2020) minimum requirements for 3 stars, https://yenbai.gov.vn:443/nong-thon-moi/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=981&l=Tinhoatdong&lv=5', 'V'),
    ('QUALITY_CONTROL_TRACEABILITY', 3, 'Có kế hoạch kiểm soát chất lượng nội bộ và truy xuất nguồn gốc',
     'Internal quality-control plan with traceability',
     'QĐ 781/QĐ-TTg (2020) minimum requirements for 3 stars; QĐ 148 keeps mandatory 3-star criteria (https://vietnam.vn/ko/dong-thap-gan-50-san-pham-bi-thu-hoi-giay-chung-nhan-san-pham-ocop)', 'V'),
    ('PRODUCT_UNIQUENESS', 4, 'Sản phẩm có tính độc đáo',
     'The product is unique (distinctive local character)',
     'QĐ 781/QĐ-TTg (2020) minimum requirements for 4 stars', 'V'),
    ('EXPORT_OR_INTERNATIONAL_STANDARD', 5, 'Sản phẩm đáp ứng tiêu chuẩn quốc tế hoặc đã xuất khẩu',
     'Meets an international standard or is exported',
     '[I] Part C "export / international distribution" of QĐ 148; to be confirmed against Appendix III', 'I')
) AS c (code, stars, name_vi, name_en, source, confidence);
