-- OCOP product classification: the six product groups (nhóm sản phẩm) of Decision 148/QĐ-TTg (24/02/2023),
-- Article 1(1)(a), and the groups and sub-groups (nhóm, phân nhóm) of its classification appendix, each with the
-- ministry in charge. The classification is data: a later decision changes rows here, not code.
--
-- confidence: 'V' = the row was read in a published copy of the appendix
--             (e.g. https://brandsvip.com.vn/phan-loai-6-nhom-san-pham-tham-gia-chuong-trinh-ocop.html, reproducing
--             the table of Decision 148); 'I' = transcribed from secondary summaries, to be checked against the
--             official text (see /work/shared/domain/ntm-domain-reference.md, section C.2).

CREATE TABLE ocop_product_group (
    code         TEXT PRIMARY KEY,
    ordinal      SMALLINT NOT NULL UNIQUE,
    name_vi      TEXT     NOT NULL,
    name_en      TEXT     NOT NULL,
    legal_source TEXT     NOT NULL
);

INSERT INTO ocop_product_group (code, ordinal, name_vi, name_en, legal_source) VALUES
('FOOD',                      1, 'Thực phẩm', 'Food', 'QĐ 148/QĐ-TTg ngày 24/02/2023, Điều 1 khoản 1 điểm a'),
('BEVERAGES',                 2, 'Đồ uống', 'Beverages', 'QĐ 148/QĐ-TTg ngày 24/02/2023, Điều 1 khoản 1 điểm a'),
('MEDICINAL_HERBS',           3, 'Dược liệu và sản phẩm từ dược liệu', 'Medicinal herbs and herb products', 'QĐ 148/QĐ-TTg ngày 24/02/2023, Điều 1 khoản 1 điểm a'),
('HANDICRAFTS',               4, 'Hàng thủ công mỹ nghệ', 'Handicrafts', 'QĐ 148/QĐ-TTg ngày 24/02/2023, Điều 1 khoản 1 điểm a'),
('ORNAMENTAL_PLANTS_ANIMALS', 5, 'Sinh vật cảnh', 'Ornamental plants and animals', 'QĐ 148/QĐ-TTg ngày 24/02/2023, Điều 1 khoản 1 điểm a'),
('COMMUNITY_ECO_TOURISM',     6, 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Community tourism, eco-tourism and tourist sites', 'QĐ 148/QĐ-TTg ngày 24/02/2023, Điều 1 khoản 1 điểm a');

CREATE TABLE ocop_product_subgroup (
    code         TEXT PRIMARY KEY,
    group_code   TEXT     NOT NULL REFERENCES ocop_product_group (code),
    ordinal      SMALLINT NOT NULL,
    category_vi  TEXT     NOT NULL,
    name_vi      TEXT     NOT NULL,
    name_en      TEXT     NOT NULL,
    ministry_vi  TEXT     NOT NULL,
    legal_source TEXT     NOT NULL,
    confidence   CHAR(1)  NOT NULL CHECK (confidence IN ('V', 'I')),
    UNIQUE (code, group_code),
    UNIQUE (group_code, ordinal)
);

INSERT INTO ocop_product_subgroup (code, group_code, ordinal, category_vi, name_vi, name_en, ministry_vi, legal_source, confidence) VALUES
('FRESH_PRODUCE',              'FOOD', 1,  'Thực phẩm tươi sống', 'Rau, củ, quả, hạt tươi', 'Fresh vegetables, tubers, fruit and nuts', 'Nông nghiệp và Phát triển nông thôn', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.1.a', 'V'),
('FRESH_MEAT_SEAFOOD_EGG_MILK','FOOD', 2,  'Thực phẩm tươi sống', 'Thịt, thủy sản, trứng, sữa tươi', 'Fresh meat, aquatic products, eggs and milk', 'Nông nghiệp và Phát triển nông thôn', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.1.b', 'V'),
('RAW_GRAIN',                  'FOOD', 3,  'Thực phẩm thô, sơ chế', 'Gạo, ngũ cốc, hạt sơ chế khác', 'Rice, cereals and other pre-processed grains', 'Nông nghiệp và Phát triển nông thôn', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.2.a', 'V'),
('RAW_HONEY_OTHER',            'FOOD', 4,  'Thực phẩm thô, sơ chế', 'Mật ong, mật khác và nông sản thực phẩm khác', 'Honey, other syrups and other farm foods', 'Nông nghiệp và Phát triển nông thôn', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.2.b', 'V'),
('PROCESSED_FAST_FOOD',        'FOOD', 5,  'Thực phẩm chế biến', 'Đồ ăn nhanh', 'Fast food', 'Công Thương', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.3.a', 'V'),
('PROCESSED_GRAIN',            'FOOD', 6,  'Thực phẩm chế biến', 'Chế biến từ gạo, ngũ cốc', 'Processed from rice and cereals', 'Nông nghiệp và Phát triển nông thôn, Công Thương', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.3.b', 'V'),
('PROCESSED_PRODUCE',          'FOOD', 7,  'Thực phẩm chế biến', 'Chế biến từ rau, củ, quả, hạt', 'Processed from vegetables, tubers, fruit and nuts', 'Nông nghiệp và Phát triển nông thôn', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.3.c', 'V'),
('PROCESSED_ANIMAL_HONEY',     'FOOD', 8,  'Thực phẩm chế biến', 'Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác', 'Processed from meat, eggs, milk, aquatic products, honey and other syrups', 'Nông nghiệp và Phát triển nông thôn', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.3.d', 'V'),
('CONDIMENT_LIQUID',           'FOOD', 9,  'Gia vị', 'Tương, nước mắm, gia vị dạng lỏng khác', 'Soy paste, fish sauce and other liquid condiments', 'Nông nghiệp và Phát triển nông thôn, Công Thương', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.4.a', 'I'),
('CONDIMENT_OTHER',            'FOOD', 10, 'Gia vị', 'Gia vị khác', 'Other condiments', 'Nông nghiệp và Phát triển nông thôn, Công Thương', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.4.b', 'I'),
('TEA',                        'FOOD', 11, 'Chè', 'Chè tươi, chè chế biến', 'Fresh and processed tea', 'Nông nghiệp và Phát triển nông thôn', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.5.a', 'I'),
('TEA_OTHER',                  'FOOD', 12, 'Chè', 'Các sản phẩm khác từ chè', 'Other tea products', 'Nông nghiệp và Phát triển nông thôn', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.5.b', 'I'),
('COFFEE_COCOA',               'FOOD', 13, 'Cà phê, ca cao', 'Cà phê, ca cao', 'Coffee and cocoa', 'Nông nghiệp và Phát triển nông thôn', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, I.6.a', 'I'),
('ALCOHOLIC_SPIRITS',          'BEVERAGES', 1, 'Đồ uống có cồn', 'Rượu trắng', 'Rice spirits', 'Công Thương', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, II.1.a', 'I'),
('ALCOHOLIC_OTHER',            'BEVERAGES', 2, 'Đồ uống có cồn', 'Đồ uống có cồn khác', 'Other alcoholic beverages', 'Công Thương', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, II.1.b', 'I'),
('SOFT_WATER',                 'BEVERAGES', 3, 'Đồ uống không cồn', 'Nước khoáng, nước uống tinh khiết', 'Mineral and purified drinking water', 'Y tế', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, II.2.a', 'I'),
('SOFT_OTHER',                 'BEVERAGES', 4, 'Đồ uống không cồn', 'Đồ uống không cồn khác', 'Other non-alcoholic beverages', 'Công Thương', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, II.2.b', 'I'),
('HERBAL_HEALTH_MEDICINE',     'MEDICINAL_HERBS', 1, 'Sản phẩm có thành phần từ dược liệu', 'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền', 'Functional foods, herbal and traditional medicines', 'Y tế', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, III.1.a', 'I'),
('HERBAL_COSMETICS',           'MEDICINAL_HERBS', 2, 'Sản phẩm có thành phần từ dược liệu', 'Mỹ phẩm có thành phần từ dược liệu', 'Cosmetics with herbal ingredients', 'Y tế', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, III.1.b', 'I'),
('HERBAL_OILS_OTHER',          'MEDICINAL_HERBS', 3, 'Sản phẩm có thành phần từ dược liệu', 'Tinh dầu, dược liệu và sản phẩm khác từ dược liệu', 'Essential oils, herbs and other herb products', 'Nông nghiệp và Phát triển nông thôn, Y tế', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, III.1.c', 'I'),
('HANDICRAFT_DECORATION',      'HANDICRAFTS', 1, 'Thủ công mỹ nghệ', 'Thủ công mỹ nghệ, đồ lưu niệm, đồ trang trí, đồ gia dụng (gỗ, sợi tự nhiên, kim loại, gốm sứ)', 'Crafts, souvenirs, decoration and household ware (wood, natural fibre, metal, ceramics)', 'Nông nghiệp và Phát triển nông thôn, Công Thương', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, IV.1.a', 'I'),
('HANDICRAFT_TEXTILE',         'HANDICRAFTS', 2, 'Thủ công mỹ nghệ', 'Vải, may mặc, thêu ren', 'Fabrics, garments and embroidery', 'Công Thương', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, IV.1.b', 'I'),
('ORNAMENTAL_FLOWERS',         'ORNAMENTAL_PLANTS_ANIMALS', 1, 'Sinh vật cảnh', 'Hoa', 'Flowers', 'Nông nghiệp và Phát triển nông thôn', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, V.1.a', 'I'),
('ORNAMENTAL_PLANTS',          'ORNAMENTAL_PLANTS_ANIMALS', 2, 'Sinh vật cảnh', 'Cây cảnh', 'Ornamental plants', 'Nông nghiệp và Phát triển nông thôn', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, V.1.b', 'I'),
('ORNAMENTAL_ANIMALS',         'ORNAMENTAL_PLANTS_ANIMALS', 3, 'Sinh vật cảnh', 'Động vật cảnh', 'Ornamental animals', 'Nông nghiệp và Phát triển nông thôn', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, V.1.c', 'I'),
('TOURISM_COMMUNITY_ECO',      'COMMUNITY_ECO_TOURISM', 1, 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Community tourism, eco-tourism and tourist sites', 'Văn hóa, Thể thao và Du lịch', 'QĐ 148/QĐ-TTg, Phụ lục phân loại, VI.1.a', 'I');
