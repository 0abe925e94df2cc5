-- The sector departments (sở, ngành) of a province that confirm the criteria of their field before the provincial
-- appraisal council votes (domain reference B.3 step 7, [V]: "each sector department confirms the criteria it is
-- responsible for"). Which department answers for which criterion is data in the criteria sets (responsibleSector
-- per criterion, with its own source and confidence); this table names the departments a set may cite.
-- The 2025 reorganisation of provincial departments (NQ 18-NQ/TW; the merged departments from 01/03/2025) moved
-- transport into construction, environment into agriculture, information into science and technology, labour into
-- home affairs and statistics into finance: the older codes stay for the 2021–2025 sets and their dossiers.
CREATE TABLE sector (
    code     TEXT PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z_]{1,39}$'),
    name_vi  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    note     TEXT,
    source   TEXT NOT NULL
);

INSERT INTO sector (code, name_vi, name_en, note, source) VALUES
 ('AGRICULTURE', 'Sở Nông nghiệp và Phát triển nông thôn (từ 2025: Sở Nông nghiệp và Môi trường)', 'Department of Agriculture and Rural Development (from 2025: Agriculture and Environment)',
  'Receives the dossiers and leads the appraisal; answers for the criteria no set assigns', 'Domain reference B.3 (Ninh Thuận guidance on QĐ 18/2022) [V]'),
 ('CONSTRUCTION', 'Sở Xây dựng', 'Department of Construction', 'From 2025 also transport', 'Provincial department structure (NĐ 24/2014, NĐ 45/2025) [R]'),
 ('TRANSPORT', 'Sở Giao thông vận tải', 'Department of Transport', 'Merged into the Department of Construction in 2025', 'Provincial department structure (NĐ 24/2014) [R]'),
 ('INDUSTRY_TRADE', 'Sở Công Thương', 'Department of Industry and Trade', NULL, 'Provincial department structure (NĐ 24/2014, NĐ 45/2025) [R]'),
 ('EDUCATION', 'Sở Giáo dục và Đào tạo', 'Department of Education and Training', NULL, 'Provincial department structure (NĐ 24/2014, NĐ 45/2025) [R]'),
 ('CULTURE', 'Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism', NULL, 'Provincial department structure (NĐ 24/2014, NĐ 45/2025) [R]'),
 ('INFORMATION', 'Sở Thông tin và Truyền thông', 'Department of Information and Communications', 'Merged into the Department of Science and Technology in 2025', 'Provincial department structure (NĐ 24/2014) [R]'),
 ('SCIENCE_TECHNOLOGY', 'Sở Khoa học và Công nghệ', 'Department of Science and Technology', 'From 2025 also information and communications', 'Provincial department structure (NĐ 45/2025) [R]'),
 ('STATISTICS', 'Cục Thống kê tỉnh', 'Provincial Statistics Office', 'Under the Ministry of Finance from 2025', 'Income survey practice for criterion 10 (QĐ 318/2022) [I]'),
 ('LABOUR', 'Sở Lao động - Thương binh và Xã hội', 'Department of Labour, Invalids and Social Affairs', 'Merged into the Department of Home Affairs in 2025', 'Provincial department structure (NĐ 24/2014) [R]'),
 ('HEALTH', 'Sở Y tế', 'Department of Health', NULL, 'Provincial department structure (NĐ 24/2014, NĐ 45/2025) [R]'),
 ('ENVIRONMENT', 'Sở Tài nguyên và Môi trường', 'Department of Natural Resources and Environment', 'Merged into the Department of Agriculture and Environment in 2025', 'Provincial department structure (NĐ 24/2014) [R]'),
 ('HOME_AFFAIRS', 'Sở Nội vụ', 'Department of Home Affairs', 'From 2025 also labour and social affairs', 'Provincial department structure (NĐ 24/2014, NĐ 45/2025) [R]'),
 ('JUSTICE', 'Sở Tư pháp', 'Department of Justice', NULL, 'Provincial department structure (NĐ 24/2014, NĐ 45/2025) [R]'),
 ('POLICE', 'Công an tỉnh', 'Provincial Police', 'Security and order; the provincial military command answers for defence', 'Ministry of Public Security guidance on criterion 19 (QĐ 318/2022) [I]');
