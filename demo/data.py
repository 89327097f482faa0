"""Demo content for load_demo: a fictional town, written by the Tin Phường team.

Everything here is invented: the province, the town, its wards, the people, the
figures and the events. Any resemblance to real persons is coincidental. Only the
national portals in SIDEBAR are real addresses; demo/portal.py then points the sidebar's
other links at this site's own pages (the town's songhong.example.gov.vn is invented).
Dates are relative (days_ago) to 2026-11-21; the ward Đậu Liêu was merged into
Bắc Hồng Lĩnh on 2025-07-01, so its articles are older than that.
"""

# key -> dict. kind is one of: "tinh","thi-xa","phuong","xa","to-dan-pho","khu-pho","thon"
# Order matters: parents before children.
AREAS = [
    {"key": "hong-lam", "kind": "tinh", "name": "Tỉnh Hồng Lam", "parent": None},
    {
        "key": "song-hong",
        "kind": "thi-xa",
        "name": "Thị xã Sông Hồng",
        "parent": "hong-lam",
        "dissolved_on": "2025-07-01",  # the district level ended; its wards went to the province
        "description": (
            "Thị xã Sông Hồng nằm ở phía Bắc tỉnh Hồng Lam, tựa lưng vào dãy núi Hồng Sơn, có dòng "
            "Hồng Giang chảy qua – nơi tên gọi của vùng đất bắt nguồn. Từ ngày 01/7/2025, khi mô "
            "hình chính quyền địa phương hai cấp chính thức vận hành, cấp thị xã kết thúc hoạt "
            "động, các phường, xã trên địa bàn trực thuộc tỉnh Hồng Lam; tên gọi Sông Hồng vẫn "
            "được dùng để chỉ chung khu vực này."
        ),
    },
    {
        "key": "bac-hong",
        "kind": "phuong",
        "name": "Phường Bắc Hồng",
        "parent": "hong-lam",
        "description": (
            "Phường Bắc Hồng là trung tâm hành chính, thương mại của khu vực Sông Hồng, có diện "
            "tích tự nhiên 11,6 km² với hơn 19.200 nhân khẩu sinh sống tại 14 tổ dân phố. Phường "
            "có truyền thống cách mạng, hệ thống chính trị đoàn kết; các phong trào “Toàn dân đoàn "
            "kết xây dựng đời sống văn hóa” và “Dân vận khéo” được Nhân dân hưởng ứng sâu rộng."
        ),
    },
    {
        "key": "bac-hong-linh",
        "kind": "phuong",
        "name": "Phường Bắc Hồng Lĩnh",
        "parent": "hong-lam",
        "description": (
            "Phường Bắc Hồng Lĩnh được sắp xếp từ toàn bộ diện tích tự nhiên, quy mô dân số của "
            "phường Bắc Hồng Lĩnh và phường Đậu Liêu (cũ), chính thức đi vào hoạt động từ ngày "
            "01/7/2025. Phường có diện tích 24,3 km², hơn 26.000 nhân khẩu, là cửa ngõ phía Tây "
            "của khu vực Sông Hồng với làng nghề hương, nghề mộc truyền thống."
        ),
    },
    {
        "key": "nam-hong",
        "kind": "phuong",
        "name": "Phường Nam Hồng",
        "parent": "hong-lam",
        "description": (
            "Phường Nam Hồng nằm bên bờ Hồng Giang, có diện tích 9,8 km² và khoảng 15.600 nhân "
            "khẩu sinh sống tại 12 khu phố. Kinh tế phường phát triển theo hướng thương mại – dịch "
            "vụ gắn với chợ Nam Hồng và bến đò cổ; Nhân dân cần cù, có truyền thống hiếu học."
        ),
    },
    {
        "key": "thuan-loc",
        "kind": "xa",
        "name": "Xã Thuận Lộc",
        "parent": "hong-lam",
        "description": (
            "Xã Thuận Lộc là địa phương thuần nông ở phía Đông khu vực Sông Hồng, gồm 8 thôn với "
            "gần 11.000 nhân khẩu. Xã đạt chuẩn nông thôn mới năm 2019 và đang tập trung xây dựng "
            "xã nông thôn mới nâng cao, phát triển vùng lúa chất lượng cao và cây ăn quả."
        ),
    },
    {
        "key": "dau-lieu",
        "kind": "phuong",
        "name": "Phường Đậu Liêu",
        "parent": "hong-lam",
        "description": (
            "Phường Đậu Liêu nằm dưới chân núi Hồng Sơn, có diện tích 7,9 km² và khoảng 8.400 nhân "
            "khẩu, nổi tiếng với nghề làm hương và nghề mộc truyền thống. Thực hiện chủ trương sắp "
            "xếp đơn vị hành chính, từ ngày 01/7/2025, phường Đậu Liêu được nhập vào phường Bắc "
            "Hồng Lĩnh."
        ),
        "dissolved_on": "2025-07-01",
        "merged_into": "bac-hong-linh",
    },
    {
        "key": "tdp-tan-hoa",
        "kind": "to-dan-pho",
        "name": "Tổ dân phố Tân Hòa",
        "parent": "bac-hong",
    },
    {
        "key": "tdp-trung-hung",
        "kind": "to-dan-pho",
        "name": "Tổ dân phố Trung Hưng",
        "parent": "bac-hong",
    },
    {
        "key": "tdp-bac-son",
        "kind": "to-dan-pho",
        "name": "Tổ dân phố Bắc Sơn",
        "parent": "bac-hong",
    },
    {
        "key": "tdp-dong-lieu",
        "kind": "to-dan-pho",
        "name": "Tổ dân phố Đông Liêu",
        "parent": "bac-hong-linh",
    },
    {
        "key": "tdp-thuan-hoa",
        "kind": "to-dan-pho",
        "name": "Tổ dân phố Thuận Hòa",
        "parent": "bac-hong-linh",
    },
    {"key": "kp-ben-do", "kind": "khu-pho", "name": "Khu phố Bến Đò", "parent": "nam-hong"},
    {"key": "kp-nam-son", "kind": "khu-pho", "name": "Khu phố Nam Sơn", "parent": "nam-hong"},
    {"key": "thon-yen-hoa", "kind": "thon", "name": "Thôn Yên Hòa", "parent": "thuan-loc"},
    {"key": "thon-phuc-loc", "kind": "thon", "name": "Thôn Phúc Lộc", "parent": "thuan-loc"},
]

# kind one of: "dang-uy","chi-bo","hdnd","ubnd","mttq","doan-thanh-nien","hoi-phu-nu",
# "hoi-cuu-chien-binh","hoi-nong-dan","cong-an","quan-su","ban-dan-van"
# Phone numbers and e-mail addresses are fictional.
UNITS = [
    {
        "key": "du-bac-hong",
        "kind": "dang-uy",
        "name": "Đảng ủy phường Bắc Hồng",
        "area": "bac-hong",
        "functions": (
            "Lãnh đạo toàn diện hệ thống chính trị phường; quyết định chủ trương, nhiệm vụ phát "
            "triển kinh tế – xã hội, bảo đảm quốc phòng, an ninh và xây dựng Đảng bộ trong sạch, "
            "vững mạnh."
        ),
        "address": (
            "Trụ sở Đảng ủy – HĐND – UBND phường, số 02 đường Trần Phú, phường Bắc Hồng, tỉnh Hồng "
            "Lam"
        ),
        "phone": "0239 386 215",
        "email": "danguy.bachong@songhong.example.gov.vn",
    },
    {
        "key": "ubnd-bac-hong",
        "kind": "ubnd",
        "name": "UBND phường Bắc Hồng",
        "area": "bac-hong",
        "functions": (
            "Cơ quan hành chính nhà nước ở phường, tổ chức thi hành pháp luật và nghị quyết của "
            "HĐND phường; quản lý nhà nước về kinh tế, đô thị, đất đai, văn hóa – xã hội và giải "
            "quyết thủ tục hành chính cho người dân, doanh nghiệp."
        ),
        "address": (
            "Trụ sở Đảng ủy – HĐND – UBND phường, số 02 đường Trần Phú, phường Bắc Hồng, tỉnh Hồng "
            "Lam"
        ),
        "phone": "0239 386 220",
        "email": "ubnd.bachong@songhong.example.gov.vn",
    },
    {
        "key": "mttq-bac-hong",
        "kind": "mttq",
        "name": "Ủy ban MTTQ Việt Nam phường Bắc Hồng",
        "area": "bac-hong",
        "functions": (
            "Xây dựng khối đại đoàn kết toàn dân tộc; đại diện, bảo vệ quyền và lợi ích hợp pháp "
            "của Nhân dân; thực hiện giám sát, phản biện xã hội và chủ trì các cuộc vận động ở khu "
            "dân cư."
        ),
        "address": (
            "Trụ sở Đảng ủy – HĐND – UBND phường, số 02 đường Trần Phú, phường Bắc Hồng, tỉnh Hồng "
            "Lam"
        ),
        "phone": "0239 386 231",
        "email": "mttq.bachong@songhong.example.gov.vn",
    },
    {
        "key": "dtn-bac-hong",
        "kind": "doan-thanh-nien",
        "name": "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Bắc Hồng",
        "area": "bac-hong",
        "functions": (
            "Tập hợp, đoàn kết, giáo dục thanh niên; tổ chức các phong trào tình nguyện, khởi "
            "nghiệp, chuyển đổi số và phụ trách công tác Đội, thiếu nhi trên địa bàn phường."
        ),
        "address": (
            "Trụ sở Đảng ủy – HĐND – UBND phường, số 02 đường Trần Phú, phường Bắc Hồng, tỉnh Hồng "
            "Lam"
        ),
        "phone": "0239 386 236",
        "email": "doanthanhnien.bachong@songhong.example.gov.vn",
    },
    {
        "key": "hpn-bac-hong",
        "kind": "hoi-phu-nu",
        "name": "Hội Liên hiệp Phụ nữ phường Bắc Hồng",
        "area": "bac-hong",
        "functions": (
            "Đại diện, chăm lo quyền và lợi ích hợp pháp của phụ nữ; hỗ trợ hội viên phát triển "
            "kinh tế, xây dựng gia đình hạnh phúc, thực hiện bình đẳng giới."
        ),
        "address": (
            "Trụ sở Đảng ủy – HĐND – UBND phường, số 02 đường Trần Phú, phường Bắc Hồng, tỉnh Hồng "
            "Lam"
        ),
        "phone": "0239 386 238",
        "email": "hoiphunu.bachong@songhong.example.gov.vn",
    },
    {
        "key": "hccb-bac-hong",
        "kind": "hoi-cuu-chien-binh",
        "name": "Hội Cựu chiến binh phường Bắc Hồng",
        "area": "bac-hong",
        "functions": (
            "Tập hợp, đoàn kết cựu chiến binh; phát huy bản chất “Bộ đội Cụ Hồ”, tham gia xây dựng "
            "Đảng, chính quyền, giữ gìn an ninh, trật tự và giáo dục truyền thống cho thế hệ trẻ."
        ),
        "address": (
            "Trụ sở Đảng ủy – HĐND – UBND phường, số 02 đường Trần Phú, phường Bắc Hồng, tỉnh Hồng "
            "Lam"
        ),
        "phone": "0239 386 240",
        "email": "hoiccb.bachong@songhong.example.gov.vn",
    },
    {
        "key": "ca-bac-hong",
        "kind": "cong-an",
        "name": "Công an phường Bắc Hồng",
        "area": "bac-hong",
        "functions": (
            "Tham mưu và trực tiếp thực hiện nhiệm vụ bảo đảm an ninh, trật tự trên địa bàn; quản "
            "lý cư trú, định danh điện tử; phòng cháy, chữa cháy và xây dựng phong trào toàn dân "
            "bảo vệ an ninh Tổ quốc."
        ),
        "address": "Số 25 đường Quang Trung, Tổ dân phố Trung Hưng, phường Bắc Hồng, tỉnh Hồng Lam",
        "phone": "0239 386 113",
        "email": "congan.bachong@songhong.example.gov.vn",
    },
    {
        "key": "bchqs-bac-hong",
        "kind": "quan-su",
        "name": "Ban Chỉ huy Quân sự phường Bắc Hồng",
        "area": "bac-hong",
        "functions": (
            "Tham mưu cho cấp ủy, chính quyền phường về công tác quốc phòng, quân sự địa phương; "
            "xây dựng, huấn luyện lực lượng dân quân và tổ chức tuyển chọn, gọi công dân nhập ngũ."
        ),
        "address": (
            "Trụ sở Đảng ủy – HĐND – UBND phường, số 02 đường Trần Phú, phường Bắc Hồng, tỉnh Hồng "
            "Lam"
        ),
        "phone": "0239 386 245",
        "email": "quansu.bachong@songhong.example.gov.vn",
    },
    {
        "key": "du-bac-hong-linh",
        "kind": "dang-uy",
        "name": "Đảng ủy phường Bắc Hồng Lĩnh",
        "area": "bac-hong-linh",
        "functions": (
            "Lãnh đạo hệ thống chính trị phường Bắc Hồng Lĩnh sau sắp xếp đơn vị hành chính; bảo "
            "đảm bộ máy vận hành thông suốt, gần dân, sát dân và thực hiện thắng lợi nghị quyết "
            "đại hội Đảng bộ phường."
        ),
        "address": (
            "Số 18 đường Hồng Lĩnh, Tổ dân phố Thuận Hòa, phường Bắc Hồng Lĩnh, tỉnh Hồng Lam"
        ),
        "phone": "0239 387 102",
        "email": "danguy.bachonglinh@songhong.example.gov.vn",
    },
    {
        "key": "ubnd-bac-hong-linh",
        "kind": "ubnd",
        "name": "UBND phường Bắc Hồng Lĩnh",
        "area": "bac-hong-linh",
        "functions": (
            "Quản lý nhà nước trên các lĩnh vực ở phường; vận hành Trung tâm Phục vụ hành chính "
            "công phường và điểm tiếp nhận hồ sơ tại trụ sở phường Đậu Liêu cũ."
        ),
        "address": (
            "Số 18 đường Hồng Lĩnh, Tổ dân phố Thuận Hòa, phường Bắc Hồng Lĩnh, tỉnh Hồng Lam"
        ),
        "phone": "0239 387 110",
        "email": "ubnd.bachonglinh@songhong.example.gov.vn",
    },
    {
        "key": "mttq-bac-hong-linh",
        "kind": "mttq",
        "name": "Ủy ban MTTQ Việt Nam phường Bắc Hồng Lĩnh",
        "area": "bac-hong-linh",
        "functions": (
            "Tập hợp, phát huy sức mạnh đại đoàn kết của Nhân dân hai phường cũ; chủ trì hiệp "
            "thương, giám sát, phản biện xã hội và vận động Quỹ “Vì người nghèo”, an sinh xã hội."
        ),
        "address": (
            "Số 18 đường Hồng Lĩnh, Tổ dân phố Thuận Hòa, phường Bắc Hồng Lĩnh, tỉnh Hồng Lam"
        ),
        "phone": "0239 387 125",
        "email": "mttq.bachonglinh@songhong.example.gov.vn",
    },
    {
        "key": "du-nam-hong",
        "kind": "dang-uy",
        "name": "Đảng ủy phường Nam Hồng",
        "area": "nam-hong",
        "functions": (
            "Lãnh đạo thực hiện nhiệm vụ chính trị của phường, trọng tâm là phát triển thương mại "
            "– dịch vụ, chỉnh trang đô thị ven sông và chăm lo đời sống Nhân dân."
        ),
        "address": "Số 5 đường Bến Đò, Khu phố Bến Đò, phường Nam Hồng, tỉnh Hồng Lam",
        "phone": "0239 388 201",
        "email": "danguy.namhong@songhong.example.gov.vn",
    },
    {
        "key": "ubnd-nam-hong",
        "kind": "ubnd",
        "name": "UBND phường Nam Hồng",
        "area": "nam-hong",
        "functions": (
            "Quản lý nhà nước trên địa bàn phường; giải quyết thủ tục hành chính, quản lý trật tự "
            "đô thị, thu ngân sách và bảo đảm an sinh xã hội."
        ),
        "address": "Số 5 đường Bến Đò, Khu phố Bến Đò, phường Nam Hồng, tỉnh Hồng Lam",
        "phone": "0239 388 210",
        "email": "ubnd.namhong@songhong.example.gov.vn",
    },
    {
        "key": "du-thuan-loc",
        "kind": "dang-uy",
        "name": "Đảng ủy xã Thuận Lộc",
        "area": "thuan-loc",
        "functions": (
            "Lãnh đạo xây dựng xã nông thôn mới nâng cao, phát triển nông nghiệp hàng hóa gắn với "
            "chuyển đổi số và giữ vững quốc phòng, an ninh ở địa bàn nông thôn."
        ),
        "address": "Thôn Phúc Lộc, xã Thuận Lộc, tỉnh Hồng Lam",
        "phone": "0239 389 301",
        "email": "danguy.thuanloc@songhong.example.gov.vn",
    },
    {
        "key": "ubnd-thuan-loc",
        "kind": "ubnd",
        "name": "UBND xã Thuận Lộc",
        "area": "thuan-loc",
        "functions": (
            "Quản lý nhà nước trên địa bàn xã; tổ chức thực hiện các chương trình mục tiêu quốc "
            "gia, quản lý đất đai, sản xuất nông nghiệp và giải quyết thủ tục hành chính."
        ),
        "address": "Thôn Phúc Lộc, xã Thuận Lộc, tỉnh Hồng Lam",
        "phone": "0239 389 310",
        "email": "ubnd.thuanloc@songhong.example.gov.vn",
    },
    {
        "key": "hnd-thuan-loc",
        "kind": "hoi-nong-dan",
        "name": "Hội Nông dân xã Thuận Lộc",
        "area": "thuan-loc",
        "functions": (
            "Tập hợp, hỗ trợ hội viên nông dân phát triển sản xuất, ứng dụng khoa học kỹ thuật, "
            "liên kết tiêu thụ nông sản và tham gia xây dựng nông thôn mới."
        ),
        "address": "Thôn Phúc Lộc, xã Thuận Lộc, tỉnh Hồng Lam",
        "phone": "0239 389 325",
        "email": "hoinongdan.thuanloc@songhong.example.gov.vn",
    },
    {
        "key": "du-dau-lieu",
        "kind": "dang-uy",
        "name": "Đảng ủy phường Đậu Liêu",
        "area": "dau-lieu",
        "functions": (
            "Lãnh đạo hệ thống chính trị phường Đậu Liêu đến ngày 30/6/2025. Từ ngày 01/7/2025, "
            "Đảng bộ phường kết thúc hoạt động, đảng viên chuyển sinh hoạt về Đảng bộ phường Bắc "
            "Hồng Lĩnh."
        ),
        "address": (
            "Trụ sở cũ: Tổ dân phố Đông Liêu, phường Đậu Liêu (nay là phường Bắc Hồng Lĩnh), tỉnh "
            "Hồng Lam"
        ),
        "phone": "0239 387 140",
        "email": "danguy.daulieu@songhong.example.gov.vn",
    },
]

# Top-level sections with optional "children"; keys are slugs.
SECTIONS = [
    {"key": "cong-tac-dang", "name": "Công tác Đảng", "children": []},
    {"key": "dan-van-kheo", "name": "Dân vận khéo", "children": []},
    {
        "key": "hoat-dong-ubnd",
        "name": "Hoạt động UBND",
        "children": [{"key": "cai-cach-hanh-chinh", "name": "Cải cách hành chính"}],
    },
    {"key": "mat-tran-doan-the", "name": "Mặt trận – Đoàn thể", "children": []},
    {"key": "quoc-phong-an-ninh", "name": "Quốc phòng – An ninh", "children": []},
    {"key": "van-hoa-xa-hoi", "name": "Văn hóa – Xã hội", "children": []},
]

# (label, url) pairs grouped into sidebar boxes.
SIDEBAR = [
    {
        "title": "Liên kết website",
        "links": [
            ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
            ("Báo Điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.vn"),
            ("Báo Điện tử Chính phủ", "https://baochinhphu.vn"),
            (
                "Cổng Thông tin điện tử tỉnh Hồng Lam",
                "https://songhong.example.gov.vn/tinh-hong-lam",
            ),
            (
                "Trang tin phường Bắc Hồng Lĩnh",
                "https://songhong.example.gov.vn/phuong-bac-hong-linh",
            ),
        ],
    },
    {
        "title": "Thủ tục hành chính",
        "links": [
            ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
            (
                "Hệ thống giải quyết thủ tục hành chính tỉnh Hồng Lam",
                "https://songhong.example.gov.vn/dich-vu-cong",
            ),
            (
                "Tra cứu tình trạng hồ sơ",
                "https://songhong.example.gov.vn/dich-vu-cong/tra-cuu-ho-so",
            ),
            (
                "Đặt lịch hẹn tại Trung tâm Phục vụ hành chính công",
                "https://songhong.example.gov.vn/dich-vu-cong/dat-lich",
            ),
            ("Đánh giá mức độ hài lòng", "https://songhong.example.gov.vn/dich-vu-cong/danh-gia"),
        ],
    },
    {
        "title": "Công khai",
        "links": [
            ("Công khai ngân sách", "https://songhong.example.gov.vn/cong-khai/ngan-sach"),
            ("Kết luận thanh tra", "https://songhong.example.gov.vn/cong-khai/ket-luan-thanh-tra"),
            (
                "Kết quả giải quyết khiếu nại, tố cáo",
                "https://songhong.example.gov.vn/cong-khai/khieu-nai-to-cao",
            ),
            ("Kế hoạch lựa chọn nhà thầu", "https://songhong.example.gov.vn/cong-khai/dau-thau"),
            ("Dự án đầu tư công", "https://songhong.example.gov.vn/cong-khai/du-an-dau-tu-cong"),
            (
                "Quy hoạch, kế hoạch sử dụng đất",
                "https://songhong.example.gov.vn/cong-khai/quy-hoach",
            ),
        ],
    },
    {
        "title": "Bản đồ – Media",
        "links": [
            ("Bản đồ hành chính khu vực Sông Hồng", "https://songhong.example.gov.vn/ban-do"),
            ("Thư viện ảnh", "https://songhong.example.gov.vn/media/anh"),
            ("Video hoạt động", "https://songhong.example.gov.vn/media/video"),
            ("Phát thanh phường", "https://songhong.example.gov.vn/media/phat-thanh"),
            ("Ấn phẩm, tài liệu tuyên truyền", "https://songhong.example.gov.vn/media/an-pham"),
        ],
    },
]

# Articles, grouped by section. days_ago is counted back from the day the demo is loaded.
ARTICLES = [
    # -------- Công tác Đảng --------
    {
        "title": (
            "Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết công tác xây dựng Đảng quý I, triển "
            "khai nhiệm vụ trọng tâm quý II năm 2026"
        ),
        "section": "cong-tac-dang",
        "areas": ["bac-hong"],
        "units": ["du-bac-hong"],
        "days_ago": 221,
        "hour": 16,
        "minute": 20,
        "featured": True,
        "sapo": (
            "Sáng ngày 14/4, Đảng ủy phường Bắc Hồng tổ chức Hội nghị sơ kết công tác xây dựng "
            "Đảng và hệ thống chính trị quý I, triển khai nhiệm vụ trọng tâm quý II năm 2026. Đồng "
            "chí Nguyễn Hữu Thắng, Bí thư Đảng ủy phường chủ trì Hội nghị."
        ),
        "paragraphs": [
            (
                "Tham dự Hội nghị có các đồng chí trong Ban Chấp hành Đảng bộ phường; lãnh đạo "
                "HĐND, UBND, Ủy ban MTTQ Việt Nam và các tổ chức chính trị – xã hội phường; bí thư "
                "22 chi bộ trực thuộc. Đây là hội nghị sơ kết đầu tiên của Đảng bộ phường sau cuộc "
                "bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp nhiệm kỳ 2026–2031."
            ),
            (
                "Theo báo cáo tại Hội nghị, trong quý I, Đảng ủy phường đã lãnh đạo tổ chức học "
                "tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đến "
                "100% chi bộ, với tỷ lệ đảng viên tham gia đạt 97,6%. Công tác kiểm tra, giám sát "
                "được thực hiện đúng kế hoạch; Ủy ban Kiểm tra Đảng ủy đã kiểm tra 4 tổ chức đảng "
                "và 6 đảng viên, qua đó kịp thời chấn chỉnh những hạn chế trong sinh hoạt chi bộ. "
                "Đảng ủy cũng lãnh đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI "
                "và đại biểu HĐND các cấp nhiệm kỳ 2026–2031 trên địa bàn, tỷ lệ cử tri đi bầu đạt "
                "99,8%."
            ),
            (
                "Trên lĩnh vực kinh tế – xã hội, tổng thu ngân sách trên địa bàn quý I ước đạt "
                "31,4% dự toán năm; Trung tâm Phục vụ hành chính công phường tiếp nhận 1.386 hồ "
                "sơ, trong đó 96,2% hồ sơ được giải quyết trước và đúng hạn. Công tác giao quân "
                "năm 2026 hoàn thành 100% chỉ tiêu; an ninh chính trị, trật tự an toàn xã hội được "
                "giữ vững."
            ),
            (
                "Bên cạnh kết quả đạt được, Hội nghị thẳng thắn chỉ ra một số hạn chế như: nội "
                "dung sinh hoạt chuyên đề ở một vài chi bộ chưa phong phú; tiến độ giải phóng mặt "
                "bằng dự án mở rộng đường Hồng Sơn còn chậm; việc chỉnh trang đô thị ở một số "
                "tuyến phố chưa đồng bộ."
            ),
            (
                "Phát biểu chỉ đạo Hội nghị, đồng chí Nguyễn Hữu Thắng đề nghị các chi bộ, cơ "
                "quan, đoàn thể tiếp tục đổi mới nội dung, phương thức sinh hoạt, gắn việc học tập "
                "nghị quyết với chương trình hành động cụ thể. Trong quý II, cần tập trung đẩy "
                "nhanh giải phóng mặt bằng các dự án trọng điểm, chuẩn bị tốt phương án phòng, "
                "chống thiên tai, tìm kiếm cứu nạn và triển khai hiệu quả các nhiệm vụ chuyển đổi "
                "số theo Nghị quyết số 57-NQ/TW của Bộ Chính trị."
            ),
            (
                "Dịp này, Đảng ủy phường trao quyết định công nhận đảng viên chính thức cho 3 đồng "
                "chí và khen thưởng 2 chi bộ có thành tích xuất sắc trong công tác bầu cử. Hội "
                "nghị cũng thống nhất chương trình kiểm tra, giám sát quý II đối với 5 chi bộ tổ "
                "dân phố."
            ),
        ],
        "photos": [
            "Quang cảnh Hội nghị",
            "Đồng chí Nguyễn Hữu Thắng, Bí thư Đảng ủy phường phát biểu chỉ đạo Hội nghị",
            "Trao quyết định công nhận đảng viên chính thức",
        ],
        "author": "Phương Thảo",
        "source": "Đảng ủy P. Bắc Hồng",
    },
    {
        "title": (
            "Đảng ủy phường Nam Hồng học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội "
            "đại biểu toàn quốc lần thứ XIV của Đảng"
        ),
        "section": "cong-tac-dang",
        "areas": ["nam-hong"],
        "units": ["du-nam-hong"],
        "days_ago": 260,
        "hour": 15,
        "minute": 45,
        "featured": False,
        "sapo": (
            "Ngày 6/3, Đảng ủy phường Nam Hồng tổ chức Hội nghị học tập, quán triệt, triển khai "
            "thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng cho cán bộ, đảng "
            "viên trong toàn Đảng bộ."
        ),
        "paragraphs": [
            (
                "Hội nghị được tổ chức theo hình thức trực tiếp tại hội trường UBND phường, kết "
                "hợp trực tuyến đến 16 điểm cầu chi bộ trực thuộc, với gần 700 cán bộ, đảng viên "
                "tham dự. Báo cáo viên là các đồng chí trong Ban Thường vụ Đảng ủy phường đã được "
                "tỉnh tập huấn trước đó."
            ),
            (
                "Tại Hội nghị, các báo cáo viên đã truyền đạt những nội dung cơ bản, cốt lõi của "
                "các văn kiện Đại hội XIV; làm rõ những quan điểm chỉ đạo, mục tiêu, định hướng "
                "phát triển đất nước trong giai đoạn mới và các nhiệm vụ, giải pháp đột phá chiến "
                "lược. Nội dung được trình bày ngắn gọn, dễ hiểu, gắn với tình hình thực tiễn của "
                "tỉnh Hồng Lam và phường Nam Hồng."
            ),
            (
                "Ngay sau Hội nghị, cán bộ, đảng viên viết bài thu hoạch; các chi bộ xây dựng kế "
                "hoạch, chương trình hành động thực hiện Nghị quyết phù hợp với đặc điểm từng khu "
                "phố, cơ quan, đơn vị. Đảng ủy phường sẽ kiểm tra, đánh giá chất lượng bài thu "
                "hoạch và lựa chọn những bài viết tốt để biểu dương."
            ),
            (
                "Phát biểu kết luận Hội nghị, đồng chí Hoàng Văn Sơn, Bí thư Đảng ủy phường yêu "
                "cầu mỗi cán bộ, đảng viên, trước hết là người đứng đầu, phải nắm chắc tinh thần "
                "Nghị quyết để tuyên truyền, vận động Nhân dân cùng thực hiện. Việc học tập phải "
                "đi vào thực chất, tránh hình thức; kết quả thực hiện Nghị quyết là một tiêu chí "
                "quan trọng để đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên cuối năm."
            ),
        ],
        "photos": [
            "Toàn cảnh Hội nghị tại điểm cầu phường",
            "Đồng chí Hoàng Văn Sơn, Bí thư Đảng ủy phường phát biểu kết luận Hội nghị",
        ],
        "author": "Minh Quân",
        "source": "Đảng ủy P. Nam Hồng",
    },
    {
        "title": (
            "Đảng bộ phường Bắc Hồng Lĩnh sơ kết 6 tháng đầu năm 2026: 11/16 chỉ tiêu chủ yếu đạt "
            "và vượt tiến độ"
        ),
        "section": "cong-tac-dang",
        "areas": ["bac-hong-linh"],
        "units": ["du-bac-hong-linh"],
        "days_ago": 134,
        "hour": 17,
        "minute": 5,
        "featured": False,
        "sapo": (
            "Chiều ngày 10/7, Ban Chấp hành Đảng bộ phường Bắc Hồng Lĩnh tổ chức Hội nghị sơ kết "
            "công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026."
        ),
        "paragraphs": [
            (
                "Đồng chí Trần Thị Kim Oanh, Bí thư Đảng ủy phường chủ trì Hội nghị. Dự Hội nghị "
                "có đồng chí Nguyễn Thanh Bình, Phó Trưởng Ban Tổ chức Tỉnh ủy Hồng Lam, Tổ trưởng "
                "tổ công tác của Ban Thường vụ Tỉnh ủy phụ trách địa bàn."
            ),
            (
                "Sau một năm vận hành bộ máy mới, hệ thống chính trị phường hoạt động ổn định, "
                "thông suốt. Có 11/16 chỉ tiêu chủ yếu đạt và vượt tiến độ đề ra. Giá trị sản xuất "
                "các ngành kinh tế 6 tháng ước đạt 1.245 tỷ đồng, tăng 9,3% so với cùng kỳ; thu "
                "ngân sách đạt 58,6% dự toán. Phường đã bê tông hóa 3,2 km đường giao thông khu "
                "dân cư, chủ yếu bằng nguồn Nhân dân đóng góp và hiến đất."
            ),
            (
                "Công tác xây dựng Đảng có nhiều chuyển biến. Đảng ủy ban hành 5 nghị quyết chuyên "
                "đề, 12 kế hoạch; kết nạp 14 đảng viên mới, đạt 56% chỉ tiêu năm. Việc kiện toàn "
                "các chi bộ tổ dân phố sau sắp xếp được thực hiện đúng quy trình, bảo đảm quyền "
                "lợi của đảng viên và không làm gián đoạn sinh hoạt."
            ),
            (
                "Tuy vậy, Hội nghị cũng chỉ ra một số chỉ tiêu đạt thấp như tỷ lệ hồ sơ thủ tục "
                "hành chính nộp trực tuyến toàn trình, thu hút đầu tư vào cụm công nghiệp Đông "
                "Liêu; công tác quản lý trật tự xây dựng ở một số khu vực còn để xảy ra vi phạm."
            ),
            (
                "Kết luận Hội nghị, đồng chí Trần Thị Kim Oanh nhấn mạnh: 6 tháng cuối năm, các "
                "chi bộ, cơ quan, đơn vị cần tập trung tháo gỡ vướng mắc trong giải phóng mặt "
                "bằng, đẩy mạnh chuyển đổi số và cải cách hành chính, chăm lo tốt công tác an sinh "
                "xã hội, đồng thời chuẩn bị chu đáo các hoạt động kỷ niệm 81 năm Cách mạng tháng "
                "Tám và Quốc khánh 2/9."
            ),
        ],
        "photos": [
            "Quang cảnh Hội nghị",
            "Đồng chí Trần Thị Kim Oanh, Bí thư Đảng ủy phường kết luận Hội nghị",
        ],
        "author": "Hải Yến",
        "source": "Đảng ủy P. Bắc Hồng Lĩnh",
    },
    {
        "title": "Phường Nam Hồng trao Huy hiệu Đảng đợt 7/11 cho 9 đảng viên",
        "section": "cong-tac-dang",
        "areas": ["nam-hong", "kp-ben-do"],
        "units": ["du-nam-hong"],
        "days_ago": 15,
        "hour": 10,
        "minute": 10,
        "featured": False,
        "sapo": (
            "Nhân kỷ niệm 109 năm Cách mạng Tháng Mười Nga (7/11/1917 – 7/11/2026), sáng ngày "
            "6/11, Đảng ủy phường Nam Hồng tổ chức Lễ trao Huy hiệu Đảng cho 9 đảng viên."
        ),
        "paragraphs": [
            (
                "Trong đợt này, 1 đồng chí được trao Huy hiệu 70 năm tuổi Đảng, 2 đồng chí nhận "
                "Huy hiệu 60 năm, 2 đồng chí nhận Huy hiệu 55 năm, 1 đồng chí nhận Huy hiệu 45 năm "
                "và 3 đồng chí nhận Huy hiệu 30 năm tuổi Đảng."
            ),
            (
                "Đồng chí Hoàng Văn Sơn, Bí thư Đảng ủy phường ôn lại truyền thống vẻ vang của "
                "Đảng, bày tỏ niềm tự hào trước những đóng góp của các đảng viên cho sự nghiệp "
                "cách mạng và công cuộc xây dựng quê hương. Nhiều đồng chí đã trải qua hai cuộc "
                "kháng chiến, khi trở về địa phương vẫn tiếp tục tham gia công tác ở chi bộ, khu "
                "phố, là tấm gương sáng để thế hệ trẻ noi theo."
            ),
            (
                "Thay mặt các đảng viên được trao Huy hiệu, đồng chí Trần Văn Mạo (96 tuổi), đảng "
                "viên Chi bộ Khu phố Bến Đò xúc động chia sẻ: “Bảy mươi năm theo Đảng là bảy mươi "
                "năm tôi luôn tự nhắc mình phải sống sao cho xứng đáng. Tuổi đã cao, nhưng tôi vẫn "
                "sẽ cùng con cháu giữ gìn tình làng nghĩa xóm, góp sức xây dựng khu phố ngày càng "
                "văn minh”."
            ),
            (
                "Dịp này, Đảng ủy phường tặng hoa, quà chúc mừng các đảng viên; đồng thời cử đoàn "
                "công tác đến tận nhà trao Huy hiệu cho 2 đồng chí tuổi cao, sức yếu không thể đến "
                "dự buổi lễ. Từ đầu năm 2026 đến nay, Đảng bộ phường Nam Hồng đã trao Huy hiệu "
                "Đảng cho 31 đảng viên."
            ),
        ],
        "photos": [
            (
                "Đồng chí Hoàng Văn Sơn, Bí thư Đảng ủy phường trao Huy hiệu 70 năm tuổi Đảng cho "
                "đồng chí Trần Văn Mạo"
            ),
            "Các đảng viên được trao Huy hiệu Đảng đợt 7/11 chụp ảnh lưu niệm",
        ],
        "author": "Minh Quân",
        "source": "Đảng ủy P. Nam Hồng",
    },
    {
        "title": (
            "Đảng ủy xã Thuận Lộc ban hành chương trình hành động thực hiện Nghị quyết số 57-NQ/TW "
            "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"
        ),
        "section": "cong-tac-dang",
        "areas": ["thuan-loc"],
        "units": ["du-thuan-loc"],
        "days_ago": 374,
        "hour": 15,
        "minute": 30,
        "featured": False,
        "sapo": (
            "Ngày 12/11, Đảng ủy xã Thuận Lộc tổ chức Hội nghị quán triệt Nghị quyết số 57-NQ/TW "
            "của Bộ Chính trị và triển khai Chương trình hành động số 08-CTr/ĐU của Đảng ủy xã về "
            "thực hiện Nghị quyết tại địa phương."
        ),
        "paragraphs": [
            (
                "Đồng chí Đoàn Văn Toàn, Bí thư Đảng ủy xã chủ trì Hội nghị. Tham dự có các đồng "
                "chí Ủy viên Ban Chấp hành Đảng bộ xã, cán bộ, công chức xã, bí thư chi bộ, trưởng "
                "thôn và thành viên Tổ công nghệ số cộng đồng của 8 thôn."
            ),
            (
                "Theo Chương trình hành động, đến hết năm 2026, xã Thuận Lộc phấn đấu 100% hồ sơ "
                "công việc của Đảng ủy, HĐND, UBND xã được xử lý trên môi trường mạng (trừ hồ sơ "
                "mật); trên 80% hộ gia đình có người biết sử dụng dịch vụ công trực tuyến; 100% "
                "hợp tác xã nông nghiệp có sản phẩm được giới thiệu, bán trên các sàn thương mại "
                "điện tử. Xã cũng đặt mục tiêu xây dựng cơ sở dữ liệu số về đất đai, dân cư và "
                "vùng sản xuất lúa chất lượng cao của từng thôn."
            ),
            (
                "Để hiện thực hóa các mục tiêu, Đảng ủy xã giao từng đồng chí trong Ban Thường vụ "
                "phụ trách các nhóm nhiệm vụ cụ thể; yêu cầu các chi bộ thôn đưa nội dung chuyển "
                "đổi số vào sinh hoạt định kỳ. Đoàn Thanh niên xã được giao làm nòng cốt, mỗi đoàn "
                "viên hướng dẫn ít nhất 5 hộ gia đình cài đặt, sử dụng ứng dụng VNeID và thanh "
                "toán không dùng tiền mặt."
            ),
            (
                "Nhiều ý kiến tại Hội nghị cho rằng khó khăn lớn nhất hiện nay là hạ tầng mạng ở "
                "một số xóm giáp đồng còn yếu và tâm lý ngại thay đổi của người cao tuổi. Đảng ủy "
                "xã thống nhất đề xuất doanh nghiệp viễn thông bổ sung trạm phát sóng, đồng thời "
                "mở các lớp “Bình dân học vụ số” ngay tại nhà văn hóa thôn vào buổi tối để người "
                "dân thuận tiện tham gia."
            ),
        ],
        "photos": ["Quang cảnh Hội nghị quán triệt Nghị quyết số 57-NQ/TW tại xã Thuận Lộc"],
        "author": "Văn Tài",
        "source": "Đảng ủy xã Thuận Lộc",
    },
    {
        "title": (
            "Đảng ủy phường Đậu Liêu chỉ đạo tổ chức thành công Đại hội điểm Chi bộ Tổ dân phố "
            "Đông Liêu, nhiệm kỳ 2025–2027"
        ),
        "section": "cong-tac-dang",
        "areas": ["dau-lieu"],
        "units": ["du-dau-lieu"],
        "days_ago": 613,
        "hour": 16,
        "minute": 40,
        "featured": False,
        "sapo": (
            "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị và kế hoạch của Ban Thường vụ Thị ủy "
            "Sông Hồng, ngày 18/3, Chi bộ Tổ dân phố Đông Liêu tổ chức Đại hội điểm nhiệm kỳ "
            "2025–2027 để rút kinh nghiệm chỉ đạo đại hội các chi bộ trực thuộc Đảng ủy phường Đậu "
            "Liêu."
        ),
        "paragraphs": [
            (
                "Dự Đại hội có đồng chí Nguyễn Văn Hòa, Bí thư Đảng ủy phường; đại diện Ban Tổ "
                "chức Thị ủy Sông Hồng; các đồng chí trong Ban Thường vụ Đảng ủy phường và bí thư "
                "các chi bộ trực thuộc đến dự, rút kinh nghiệm. Chi bộ hiện có 41 đảng viên, trong "
                "đó 12 đồng chí được miễn sinh hoạt do tuổi cao."
            ),
            (
                "Nhiệm kỳ 2022–2025, Chi bộ đã lãnh đạo Nhân dân trong tổ dân phố hoàn thành và "
                "vượt 9/10 chỉ tiêu nghị quyết đề ra. Thu nhập bình quân đầu người đạt 58 triệu "
                "đồng/năm; không còn hộ nghèo; 96% hộ gia đình đạt danh hiệu “Gia đình văn hóa”. "
                "Đặc biệt, Nhân dân đã hiến hơn 1.200 m² đất, đóng góp 1,6 tỷ đồng để nâng cấp 2,4 "
                "km đường giao thông và xây mới nhà văn hóa tổ dân phố."
            ),
            (
                "Đại hội đã thảo luận, thống nhất mục tiêu nhiệm kỳ mới, trong đó tập trung giữ "
                "gìn và phát huy nghề làm hương truyền thống, xây dựng tuyến phố văn minh, phấn "
                "đấu 100% đảng viên sử dụng thành thạo ứng dụng Sổ tay đảng viên điện tử. Đại hội "
                "bầu Chi ủy gồm 3 đồng chí; đồng chí Lê Văn Thuận được bầu trực tiếp giữ chức Bí "
                "thư Chi bộ nhiệm kỳ 2025–2027."
            ),
            (
                "Phát biểu chỉ đạo, đồng chí Nguyễn Văn Hòa ghi nhận Đại hội được chuẩn bị chu "
                "đáo, diễn ra đúng quy trình, dân chủ. Đồng chí lưu ý, trong bối cảnh thực hiện "
                "chủ trương sắp xếp đơn vị hành chính, Chi bộ cần làm tốt công tác tư tưởng, tuyên "
                "truyền để Nhân dân đồng thuận, yên tâm lao động, sản xuất."
            ),
        ],
        "photos": [
            "Quang cảnh Đại hội điểm Chi bộ Tổ dân phố Đông Liêu",
            "Chi ủy Chi bộ Tổ dân phố Đông Liêu nhiệm kỳ 2025–2027 ra mắt Đại hội",
        ],
        "author": "Thu Hằng",
        "source": "Đảng ủy P. Đậu Liêu",
    },
    {
        "title": "Phường Bắc Hồng tổng kết công tác xây dựng Đảng và hệ thống chính trị năm 2025",
        "section": "cong-tac-dang",
        "areas": ["bac-hong"],
        "units": ["du-bac-hong"],
        "days_ago": 330,
        "hour": 17,
        "minute": 30,
        "featured": False,
        "sapo": (
            "Chiều ngày 26/12, Đảng ủy phường Bắc Hồng tổ chức Hội nghị tổng kết công tác xây dựng "
            "Đảng, hệ thống chính trị năm 2025 và triển khai phương hướng, nhiệm vụ năm 2026."
        ),
        "paragraphs": [
            (
                "Năm 2025 là năm có ý nghĩa đặc biệt: Đảng bộ phường vừa tổ chức thành công đại "
                "hội các chi bộ và Đại hội đại biểu Đảng bộ phường nhiệm kỳ 2025–2030, vừa triển "
                "khai sắp xếp tổ chức bộ máy theo mô hình chính quyền địa phương hai cấp. Dù khối "
                "lượng công việc lớn, Đảng ủy đã lãnh đạo hệ thống chính trị vận hành ổn định, "
                "không để gián đoạn việc phục vụ người dân, doanh nghiệp."
            ),
            (
                "Kết quả đánh giá, xếp loại chất lượng năm 2025 có 19/22 tổ chức đảng được xếp "
                "loại “Hoàn thành tốt nhiệm vụ” trở lên, trong đó 4 chi bộ “Hoàn thành xuất sắc "
                "nhiệm vụ”; 93,7% đảng viên hoàn thành tốt nhiệm vụ trở lên. Cả năm, Đảng bộ kết "
                "nạp 21 đảng viên mới, vượt chỉ tiêu được giao."
            ),
            (
                "Về phát triển kinh tế – xã hội, tổng thu ngân sách trên địa bàn đạt 112% dự toán; "
                "15/15 chỉ tiêu chủ yếu đạt và vượt kế hoạch. Phường hoàn thành chỉnh trang vỉa hè "
                "đường Trần Phú, lắp đặt hệ thống chiếu sáng đường Lê Lợi; xây dựng 2 tuyến phố "
                "văn minh kiểu mẫu tại Tổ dân phố Tân Hòa và Tổ dân phố Trung Hưng."
            ),
            (
                "Phát biểu kết luận, đồng chí Nguyễn Hữu Thắng, Bí thư Đảng ủy phường nhấn mạnh "
                "năm 2026 là năm diễn ra Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và cuộc "
                "bầu cử đại biểu Quốc hội khóa XVI, đại biểu HĐND các cấp nhiệm kỳ 2026–2031. Đồng "
                "chí đề nghị các chi bộ tiếp tục nâng cao chất lượng sinh hoạt, siết chặt kỷ luật, "
                "kỷ cương; chuẩn bị tốt các điều kiện cho cuộc bầu cử; tháo gỡ khó khăn, thúc đẩy "
                "thương mại, dịch vụ và kinh tế đô thị."
            ),
            (
                "Dịp này, Đảng ủy phường khen thưởng 4 tổ chức đảng “Hoàn thành xuất sắc nhiệm vụ” "
                "tiêu biểu và 15 đảng viên hoàn thành xuất sắc nhiệm vụ năm 2025. Hội nghị cũng "
                "thông qua chương trình công tác trọng tâm và kế hoạch kiểm tra, giám sát năm 2026 "
                "của Đảng ủy phường."
            ),
        ],
        "photos": [
            "Quang cảnh Hội nghị tổng kết",
            "Đảng ủy phường khen thưởng các tập thể có thành tích xuất sắc năm 2025",
        ],
        "author": "Phương Thảo",
        "source": "Đảng ủy P. Bắc Hồng",
    },
    {
        "title": (
            "Chi bộ Tổ dân phố Trung Hưng sinh hoạt chuyên đề kỷ niệm 136 năm Ngày sinh Chủ tịch "
            "Hồ Chí Minh"
        ),
        "section": "cong-tac-dang",
        "areas": ["bac-hong", "tdp-trung-hung"],
        "units": ["du-bac-hong"],
        "days_ago": 193,
        "hour": 21,
        "minute": 15,
        "featured": False,
        "sapo": (
            "Tối ngày 12/5, Chi bộ Tổ dân phố Trung Hưng (Đảng bộ phường Bắc Hồng) tổ chức sinh "
            "hoạt chuyên đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây "
            "dựng khu dân cư văn minh, nghĩa tình” nhân kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí "
            "Minh (19/5/1890 – 19/5/2026)."
        ),
        "paragraphs": [
            (
                "Buổi sinh hoạt có sự tham dự của đồng chí Phan Thị Thu Hà, Phó Bí thư Thường trực "
                "Đảng ủy phường, cùng 37 đảng viên của Chi bộ và đại diện Ban công tác Mặt trận, "
                "các chi hội đoàn thể của tổ dân phố. Đây là chi bộ được Đảng ủy phường chọn làm "
                "điểm về đổi mới nội dung sinh hoạt chuyên đề năm 2026."
            ),
            (
                "Sau phần ôn lại những lời dạy của Bác về tình đoàn kết, về ý thức giữ gìn vệ "
                "sinh, nếp sống văn minh, các đảng viên liên hệ với thực tế tại địa phương. Nhiều "
                "ý kiến thẳng thắn chỉ ra tình trạng để rác không đúng giờ, lấn chiếm vỉa hè làm "
                "nơi buôn bán ở đầu ngõ 12 và việc một số hộ chưa tích cực đóng góp quỹ khuyến học."
            ),
            (
                "Từ những trao đổi đó, Chi bộ thống nhất đăng ký 3 việc làm cụ thể trong năm 2026: "
                "duy trì mô hình “Ngõ xanh – sạch – sáng” ở 6 ngõ phố; mỗi đảng viên phụ trách từ "
                "5 đến 7 hộ gia đình để nắm bắt tâm tư, nguyện vọng; vận động xây dựng quỹ “Nâng "
                "bước em tới trường” để hỗ trợ học sinh có hoàn cảnh khó khăn."
            ),
            (
                "Đánh giá buổi sinh hoạt, đồng chí Phan Thị Thu Hà ghi nhận Chi bộ đã lựa chọn "
                "chuyên đề sát thực tế, không khí dân chủ, cởi mở. Đồng chí đề nghị Chi bộ phát "
                "huy vai trò nêu gương của đảng viên, biến những việc làm đã đăng ký thành kết quả "
                "cụ thể, làm cơ sở để nhân rộng ra các tổ dân phố khác trong phường."
            ),
        ],
        "photos": [
            "Đảng viên Chi bộ Tổ dân phố Trung Hưng phát biểu liên hệ tại buổi sinh hoạt chuyên đề",
        ],
        "author": "Ngọc Ánh",
        "source": "Đảng ủy P. Bắc Hồng",
    },
    {
        "title": (
            "Phường Bắc Hồng Lĩnh kết nạp 6 đảng viên mới nhân kỷ niệm 96 năm Ngày thành lập Đảng"
        ),
        "section": "cong-tac-dang",
        "areas": ["bac-hong-linh"],
        "units": ["du-bac-hong-linh"],
        "days_ago": 291,
        "hour": 11,
        "minute": 0,
        "featured": False,
        "sapo": (
            "Sáng ngày 3/2, nhân kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 – "
            "3/2/2026), Đảng ủy phường Bắc Hồng Lĩnh tổ chức Lễ kết nạp đảng viên mới cho 6 quần "
            "chúng ưu tú."
        ),
        "paragraphs": [
            (
                "Trong số 6 đảng viên mới được kết nạp, có 4 đồng chí là đoàn viên thanh niên, 1 "
                "đồng chí là giáo viên Trường Tiểu học Đông Liêu và 1 đồng chí là chủ hộ kinh "
                "doanh cá thể. Đây đều là những quần chúng có lập trường tư tưởng vững vàng, tích "
                "cực trong các phong trào ở địa phương, được tổ chức đoàn thể giới thiệu và được "
                "chi bộ bồi dưỡng, thử thách trong thời gian dài."
            ),
            (
                "Trong không khí trang nghiêm, dưới cờ Đảng, các đảng viên mới đã đọc lời tuyên "
                "thệ, hứa suốt đời phấn đấu cho mục tiêu, lý tưởng của Đảng, chấp hành nghiêm "
                "Cương lĩnh, Điều lệ Đảng và pháp luật của Nhà nước. Đồng chí Bí thư Đảng ủy "
                "phường đã trao quyết định kết nạp và tặng hoa chúc mừng các đảng viên mới."
            ),
            (
                "Phát biểu tại buổi lễ, đồng chí Trần Thị Kim Oanh, Bí thư Đảng ủy phường chúc "
                "mừng các đảng viên mới và đề nghị các đồng chí không ngừng học tập, rèn luyện, "
                "giữ gìn phẩm chất đạo đức, lối sống; phát huy sức trẻ, tinh thần xung kích trong "
                "chuyển đổi số, cải cách hành chính và xây dựng đô thị văn minh. Đồng chí cũng yêu "
                "cầu các chi bộ tiếp tục quan tâm tạo nguồn phát triển đảng viên trong thanh niên, "
                "trong doanh nghiệp tư nhân và hộ kinh doanh trên địa bàn."
            ),
            (
                "Năm 2025, Đảng bộ phường Bắc Hồng Lĩnh đã kết nạp 27 đảng viên mới. Năm 2026, "
                "phường phấn đấu kết nạp ít nhất 25 đảng viên, trong đó đảng viên là đoàn viên "
                "thanh niên chiếm trên 60%."
            ),
        ],
        "photos": [
            "Các đảng viên mới tuyên thệ dưới cờ Đảng",
            "Đồng chí Trần Thị Kim Oanh, Bí thư Đảng ủy phường trao quyết định kết nạp đảng viên",
        ],
        "author": "Hải Yến",
        "source": "Đảng ủy P. Bắc Hồng Lĩnh",
    },
    # -------- Dân vận khéo --------
    {
        "title": (
            "Tổ dân phố Tân Hòa: “Dân vận khéo” để người dân đồng lòng hiến đất mở rộng đường ngõ"
        ),
        "section": "dan-van-kheo",
        "areas": ["bac-hong", "tdp-tan-hoa"],
        "units": ["mttq-bac-hong", "du-bac-hong"],
        "days_ago": 213,
        "hour": 9,
        "minute": 15,
        "featured": False,
        "sapo": (
            "Chỉ trong hơn hai tháng, 46 hộ dân ở Tổ dân phố Tân Hòa, phường Bắc Hồng đã tự nguyện "
            "hiến gần 900 m² đất, tháo dỡ tường rào, cổng ngõ để mở rộng tuyến đường dài 620 m. "
            "Kết quả ấy có được nhờ cách làm kiên trì, khéo léo của Chi bộ và Ban công tác Mặt "
            "trận tổ dân phố."
        ),
        "paragraphs": [
            (
                "Tuyến đường ngõ 7 – ngõ 9 Tân Hòa trước đây chỉ rộng khoảng 2,5 m, nhiều đoạn "
                "cong, khuất, xe cứu thương và xe chữa cháy không thể đi vào. Mỗi mùa mưa, nước từ "
                "trên đồi đổ xuống khiến mặt đường lầy lội, ảnh hưởng đến việc đi lại của người "
                "dân và học sinh."
            ),
            (
                "Khi có chủ trương mở rộng đường lên 5 m, Chi bộ Tổ dân phố đã họp bàn, thống nhất "
                "nguyên tắc “đảng viên đi trước, làng nước theo sau”. Các đảng viên, cán bộ hưu "
                "trí có nhà dọc tuyến đường là những người đầu tiên ký cam kết hiến đất. Tổ dân "
                "phố tổ chức 4 cuộc họp dân để công khai phương án, dự toán và lắng nghe từng ý "
                "kiến; với những hộ còn băn khoăn, Ban công tác Mặt trận đến tận nhà trò chuyện, "
                "vận động nhiều lần."
            ),
            (
                "Ông Trương Văn Bảy, Tổ trưởng Tổ dân phố Tân Hòa chia sẻ: “Có hộ ban đầu chưa "
                "đồng ý vì phải phá cổng mới xây. Chúng tôi không ép, mà mời gia đình đi xem những "
                "tuyến đường đã làm xong ở tổ bên cạnh, rồi cùng bàn cách bố trí lại cổng sao cho "
                "đẹp, thuận tiện. Khi thấy được lợi ích chung, bà con tự nguyện đồng thuận”."
            ),
            (
                "Tổng kinh phí xây dựng tuyến đường hơn 1,3 tỷ đồng, trong đó Nhân dân đóng góp "
                "540 triệu đồng cùng hàng trăm ngày công lao động, phần còn lại do ngân sách "
                "phường hỗ trợ. Dự kiến tuyến đường sẽ hoàn thành, đưa vào sử dụng trước ngày 19/5."
            ),
            (
                "Bà Hoàng Thị Mai, Chủ tịch Ủy ban MTTQ Việt Nam phường Bắc Hồng cho biết, cách "
                "làm ở Tân Hòa là minh chứng sinh động cho phương châm “dân biết, dân bàn, dân "
                "làm, dân kiểm tra, dân giám sát, dân thụ hưởng”. Phường sẽ lựa chọn đây là mô "
                "hình “Dân vận khéo” tiêu biểu để nhân rộng trong năm 2026."
            ),
        ],
        "photos": [
            "Người dân Tổ dân phố Tân Hòa tháo dỡ tường rào, hiến đất mở rộng đường",
            "Tuyến đường ngõ 7 – ngõ 9 đang được thi công",
        ],
        "author": "Thu Hằng – Thanh Trúc",
        "source": "UBMTTQ P. Bắc Hồng",
    },
    {
        "title": "Thôn Yên Hòa thắp sáng 4,5 km đường quê từ mô hình “Dân vận khéo”",
        "section": "dan-van-kheo",
        "areas": ["thuan-loc", "thon-yen-hoa"],
        "units": ["ubnd-thuan-loc", "hnd-thuan-loc"],
        "days_ago": 351,
        "hour": 8,
        "minute": 40,
        "featured": False,
        "sapo": (
            "Từ sự đóng góp của người dân và con em xa quê, thôn Yên Hòa, xã Thuận Lộc vừa hoàn "
            "thành lắp đặt 150 bóng đèn năng lượng mặt trời dọc 4,5 km đường trục thôn, đường ra "
            "đồng."
        ),
        "paragraphs": [
            (
                "Trước đây, khi màn đêm buông xuống, các tuyến đường ở thôn Yên Hòa gần như chìm "
                "trong bóng tối. Người dân ra đồng sớm, học sinh đi học thêm buổi tối đều phải tự "
                "mang theo đèn pin; một số vụ va chạm giao thông và trộm cắp vặt đã xảy ra."
            ),
            (
                "Năm 2025, Chi bộ thôn đưa nội dung “Thắp sáng đường quê” vào nghị quyết, giao Chi "
                "hội Nông dân và Chi hội Cựu chiến binh làm nòng cốt vận động. Thôn lựa chọn đèn "
                "năng lượng mặt trời để không phát sinh tiền điện hằng tháng; mọi khoản thu, chi "
                "đều được niêm yết công khai tại nhà văn hóa và thông báo trên nhóm Zalo của thôn."
            ),
            (
                "Tổng kinh phí thực hiện gần 260 triệu đồng, trong đó Nhân dân đóng góp 115 triệu "
                "đồng, con em quê hương làm ăn xa ủng hộ 98 triệu đồng, phần còn lại từ nguồn hỗ "
                "trợ của xã. Các hộ dân còn tự nguyện góp ngày công đào móng, dựng cột; mỗi xóm "
                "phân công một tổ tự quản kiểm tra, vệ sinh tấm pin định kỳ."
            ),
            (
                "Ông Nguyễn Văn Khang, 68 tuổi, ở xóm 3 phấn khởi: “Giờ tối đi thể dục hay đi sinh "
                "hoạt ở nhà văn hóa đều sáng sủa, yên tâm. Cái đèn nhỏ nhưng là tấm lòng của cả "
                "thôn, nên ai cũng có ý thức giữ gìn”."
            ),
            (
                "Theo đồng chí Lương Văn Minh, Chủ tịch UBND xã Thuận Lộc, từ hiệu quả ở Yên Hòa, "
                "xã sẽ hỗ trợ kinh phí để các thôn còn lại triển khai mô hình trong năm 2026, góp "
                "phần hoàn thiện tiêu chí giao thông và tiêu chí an ninh, trật tự trong xây dựng "
                "xã nông thôn mới nâng cao."
            ),
        ],
        "photos": [
            "Hệ thống đèn năng lượng mặt trời trên trục đường thôn Yên Hòa",
            "Người dân thôn Yên Hòa góp ngày công dựng cột đèn",
        ],
        "author": "Văn Tài",
        "source": "UBND xã Thuận Lộc",
    },
    {
        "title": "Hội Phụ nữ phường Bắc Hồng duy trì mô hình “Ngày Chủ nhật xanh” suốt ba năm",
        "section": "dan-van-kheo",
        "areas": ["bac-hong", "tdp-bac-son"],
        "units": ["hpn-bac-hong"],
        "days_ago": 237,
        "hour": 10,
        "minute": 30,
        "featured": False,
        "sapo": (
            "Sáng ngày 29/3, hơn 200 hội viên phụ nữ phường Bắc Hồng đồng loạt ra quân “Ngày Chủ "
            "nhật xanh” tháng 3, thu gom rác thải, phát quang bụi rậm và trồng hoa dọc các tuyến "
            "đường, ngõ phố."
        ),
        "paragraphs": [
            (
                "Mô hình “Ngày Chủ nhật xanh” được Hội LHPN phường khởi xướng từ năm 2023, duy trì "
                "vào Chủ nhật cuối cùng của mỗi tháng. Mỗi chi hội nhận chăm sóc ít nhất một tuyến "
                "đường, một điểm công cộng; kết quả được các chi hội chấm điểm chéo và báo cáo "
                "trong buổi sinh hoạt định kỳ."
            ),
            (
                "Đợt ra quân lần này tập trung tại Tổ dân phố Bắc Sơn – nơi có khu vực chân đồi "
                "thường bị đổ trộm phế thải xây dựng. Các hội viên đã thu gom hơn 3 tấn rác, trồng "
                "350 cây hoa mười giờ và dựng 2 biển tuyên truyền không đổ rác. Điểm tập kết rác "
                "tự phát tồn tại nhiều năm đã được xóa bỏ, thay bằng một vườn hoa nhỏ."
            ),
            (
                "Theo bà Nguyễn Thị Thanh Tâm, Chủ tịch Hội LHPN phường, điều quan trọng nhất của "
                "mô hình không nằm ở số rác được thu gom mà ở việc hình thành thói quen. “Khi chị "
                "em tự tay trồng hoa, tự tay quét dọn thì cả gia đình cũng có ý thức hơn; nhiều hộ "
                "đã chủ động phân loại rác tại nguồn, tận dụng rác hữu cơ để ủ phân bón cho vườn "
                "rau”, bà Tâm chia sẻ."
            ),
            (
                "Mô hình đã được Ban Tuyên giáo và Dân vận Tỉnh ủy Hồng Lam ghi nhận là một trong "
                "những điển hình “Dân vận khéo” trên lĩnh vực bảo vệ môi trường năm 2025. Thời "
                "gian tới, Hội LHPN phường sẽ phối hợp với Đoàn Thanh niên mở rộng hoạt động thu "
                "gom phế liệu để gây quỹ hỗ trợ phụ nữ nghèo."
            ),
        ],
        "photos": [
            "Hội viên phụ nữ phường Bắc Hồng thu gom rác thải tại Tổ dân phố Bắc Sơn",
            "Trồng hoa tại khu vực trước đây là điểm tập kết rác tự phát",
        ],
        "author": "Ngọc Ánh",
        "source": "Hội LHPN P. Bắc Hồng",
    },
    {
        "title": "Phường Nam Hồng: Cán bộ, đảng viên “kèm cặp” giúp hộ nghèo thoát nghèo bền vững",
        "section": "dan-van-kheo",
        "areas": ["nam-hong", "kp-ben-do"],
        "units": ["du-nam-hong", "ubnd-nam-hong"],
        "days_ago": 156,
        "hour": 14,
        "minute": 0,
        "featured": False,
        "sapo": (
            "Thay vì hỗ trợ tiền mặt, phường Nam Hồng phân công cán bộ, đảng viên đồng hành với "
            "từng hộ nghèo, giúp các hộ tìm sinh kế phù hợp. Sau hơn hai năm, số hộ nghèo của "
            "phường giảm từ 64 hộ xuống còn 19 hộ."
        ),
        "paragraphs": [
            (
                "Mô hình “Cán bộ, đảng viên đồng hành cùng hộ nghèo” được Đảng ủy phường Nam Hồng "
                "triển khai từ đầu năm 2024. Mỗi hộ nghèo, hộ cận nghèo được một cán bộ, đảng viên "
                "nhận phụ trách; cùng gia đình phân tích nguyên nhân nghèo, xây dựng kế hoạch "
                "thoát nghèo và theo dõi tiến độ hằng tháng."
            ),
            (
                "Gia đình chị Trần Thị Lụa ở Khu phố Bến Đò là một ví dụ. Chồng mất sớm, một mình "
                "nuôi hai con nhỏ, chị từng nhiều năm nằm trong danh sách hộ nghèo. Được cán bộ "
                "Hội Phụ nữ phường đồng hành, kết nối vay 50 triệu đồng vốn ưu đãi từ Ngân hàng "
                "Chính sách xã hội và hướng dẫn cách làm ăn, chị mở quầy bún, bánh đa cua tại chợ "
                "Nam Hồng. Đến nay, thu nhập của gia đình ổn định khoảng 9 triệu đồng mỗi tháng, "
                "hai con được đến trường đầy đủ."
            ),
            (
                "Với những hộ không còn khả năng lao động, phường phối hợp với Ủy ban MTTQ vận "
                "động doanh nghiệp, nhà hảo tâm hỗ trợ sửa chữa nhà ở, mua thẻ bảo hiểm y tế, đồng "
                "thời bảo đảm chế độ trợ cấp theo quy định. Từ năm 2024 đến nay, phường đã huy "
                "động hơn 1,8 tỷ đồng để xây mới, sửa chữa 11 ngôi nhà cho hộ nghèo, hộ có hoàn "
                "cảnh khó khăn."
            ),
            (
                "Bà Phạm Thị Ngọc Bích, Chủ tịch UBND phường Nam Hồng cho biết: “Điều chúng tôi "
                "tâm đắc nhất là khơi dậy được ý chí tự lực của người nghèo. Khi cán bộ gần dân, "
                "hiểu dân thì sẽ chọn được cách hỗ trợ phù hợp, tránh tư tưởng trông chờ, ỷ lại”. "
                "Phường phấn đấu đến cuối năm 2026 giảm số hộ nghèo xuống dưới 10 hộ."
            ),
        ],
        "photos": [
            "Cán bộ phường Nam Hồng thăm gia đình chị Trần Thị Lụa tại Khu phố Bến Đò",
            "Một ngôi nhà được xây mới cho hộ nghèo từ nguồn vận động xã hội hóa",
        ],
        "author": "Minh Quân",
        "source": "UBND P. Nam Hồng",
    },
    {
        "title": "Cựu chiến binh Bắc Hồng “Dân vận khéo” trong công tác hòa giải ở cơ sở",
        "section": "dan-van-kheo",
        "areas": ["bac-hong", "tdp-trung-hung"],
        "units": ["hccb-bac-hong"],
        "days_ago": 99,
        "hour": 15,
        "minute": 20,
        "featured": False,
        "sapo": (
            "Bằng sự mềm mỏng, thấu tình đạt lý và uy tín của người “Bộ đội Cụ Hồ”, các hội viên "
            "Cựu chiến binh phường Bắc Hồng đã góp phần hòa giải thành công nhiều vụ việc ngay tại "
            "khu dân cư."
        ),
        "paragraphs": [
            (
                "Hội Cựu chiến binh phường Bắc Hồng hiện có 312 hội viên sinh hoạt tại 14 chi hội. "
                "Trong đó, 46 hội viên đang tham gia các tổ hòa giải ở cơ sở, nhiều người giữ vai "
                "trò tổ trưởng. Từ đầu năm 2026 đến nay, các tổ hòa giải có hội viên Cựu chiến "
                "binh tham gia đã tiếp nhận 23 vụ việc, hòa giải thành 20 vụ, chủ yếu là tranh "
                "chấp ranh giới đất đai, mâu thuẫn gia đình và xích mích giữa các hộ liền kề."
            ),
            (
                "Ông Phạm Văn Lộc, Chủ tịch Hội CCB phường cho biết, kinh nghiệm của các hội viên "
                "là “nghe trước, nói sau”. Khi nhận được phản ánh, tổ hòa giải không vội phân xử "
                "mà gặp riêng từng bên để lắng nghe, tìm hiểu nguyên nhân sâu xa, sau đó mới mời "
                "các bên ngồi lại với nhau. Nhiều cuộc hòa giải diễn ra ngay tại nhà văn hóa hoặc "
                "bên chén trà trong nhà hội viên, tạo không khí cởi mở."
            ),
            (
                "Tại Tổ dân phố Trung Hưng, vụ tranh chấp lối đi chung giữa hai gia đình kéo dài "
                "hơn 3 năm, từng có nguy cơ dẫn đến xô xát. Cựu chiến binh Nguyễn Văn Tứ, Tổ "
                "trưởng Tổ hòa giải đã kiên trì gặp gỡ hơn 10 lần, cùng cán bộ địa chính đo đạc "
                "lại hiện trạng, giải thích quy định của pháp luật. Cuối cùng, hai gia đình thống "
                "nhất mỗi bên lùi vào 0,5 m để làm lối đi chung, ký biên bản thỏa thuận và vui vẻ "
                "bắt tay nhau."
            ),
            (
                "Đánh giá cao hiệu quả của mô hình, Đảng ủy phường Bắc Hồng đề nghị nhân rộng cách "
                "làm của Hội CCB sang các tổ chức đoàn thể khác, đồng thời tăng cường tập huấn "
                "kiến thức pháp luật, kỹ năng hòa giải cho đội ngũ hòa giải viên ở cơ sở."
            ),
        ],
        "photos": [
            "Tổ hòa giải Tổ dân phố Trung Hưng trao đổi với người dân",
            "Ông Phạm Văn Lộc, Chủ tịch Hội CCB phường Bắc Hồng chia sẻ kinh nghiệm hòa giải",
        ],
        "author": "Đức Trung",
        "source": "Hội CCB P. Bắc Hồng",
    },
    {
        "title": (
            "Phường Bắc Hồng Lĩnh: 73 hộ dân hiến hơn 2.000 m² đất mở rộng đường liên tổ dân phố "
            "Đông Liêu – Thuận Hòa"
        ),
        "section": "dan-van-kheo",
        "areas": ["bac-hong-linh", "tdp-dong-lieu", "tdp-thuan-hoa"],
        "units": ["mttq-bac-hong-linh", "ubnd-bac-hong-linh"],
        "days_ago": 57,
        "hour": 9,
        "minute": 0,
        "featured": False,
        "sapo": (
            "Hưởng ứng chủ trương của phường, 73 hộ dân dọc tuyến đường Đông Liêu – Thuận Hòa đã "
            "tự nguyện hiến đất, tháo dỡ công trình phụ để mở rộng tuyến đường liên tổ dân phố dài "
            "1,4 km."
        ),
        "paragraphs": [
            (
                "Tuyến đường Đông Liêu – Thuận Hòa là lối đi chính nối khu làng nghề hương với "
                "trung tâm phường, nhưng mặt đường chỉ rộng 3 m và đã xuống cấp nghiêm trọng. Sau "
                "khi hai phường sáp nhập, nhu cầu đi lại, vận chuyển hàng hóa tăng mạnh, việc nâng "
                "cấp tuyến đường trở thành nguyện vọng chung của người dân."
            ),
            (
                "Ủy ban MTTQ phường phối hợp với Ban công tác Mặt trận hai tổ dân phố tổ chức "
                "nhiều cuộc họp dân, công khai bản vẽ thiết kế, mốc giới và phương án hỗ trợ. Các "
                "hộ có đảng viên, cán bộ hưu trí đi đầu ký cam kết; những trường hợp còn vướng mắc "
                "về ranh giới được cán bộ địa chính đo đạc lại và giải thích rõ ràng."
            ),
            (
                "Đến nay, 73/73 hộ dọc tuyến đã hiến tổng cộng 2.140 m² đất; nhiều hộ tự nguyện "
                "tháo dỡ cổng, tường rào, chặt bỏ cây ăn quả lâu năm mà không yêu cầu bồi thường. "
                "Tuyến đường sau khi hoàn thành sẽ có nền rộng 7 m, có rãnh thoát nước và hệ thống "
                "chiếu sáng, tổng mức đầu tư khoảng 6,8 tỷ đồng từ ngân sách phường và nguồn xã "
                "hội hóa."
            ),
            (
                "Ông Dương Văn Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường Bắc Hồng Lĩnh cho biết, "
                "công trình không chỉ có ý nghĩa về giao thông mà còn là sợi dây gắn kết cộng đồng "
                "dân cư của hai phường cũ. “Qua việc này, bà con thấy rõ mình là người trong một "
                "nhà, cùng chung tay xây dựng phường mới ngày càng khang trang”, ông Hạnh nói."
            ),
        ],
        "photos": [
            "Người dân Tổ dân phố Đông Liêu tháo dỡ tường rào, bàn giao mặt bằng",
            "Tuyến đường liên tổ dân phố Đông Liêu – Thuận Hòa đang được thi công",
        ],
        "author": "Hải Yến",
        "source": "UBMTTQ P. Bắc Hồng Lĩnh",
    },
    {
        "title": (
            "Phường Đậu Liêu hoàn thành xóa nhà tạm, nhà dột nát trước thời điểm sắp xếp đơn vị "
            "hành chính"
        ),
        "section": "dan-van-kheo",
        "areas": ["dau-lieu"],
        "units": ["du-dau-lieu"],
        "days_ago": 550,
        "hour": 16,
        "minute": 0,
        "featured": False,
        "sapo": (
            "Hưởng ứng phong trào thi đua “Cả nước chung tay xóa nhà tạm, nhà dột nát”, phường Đậu "
            "Liêu đã hoàn thành xây mới, sửa chữa 7 ngôi nhà cho hộ nghèo, hộ có hoàn cảnh khó "
            "khăn, về đích sớm hơn kế hoạch."
        ),
        "paragraphs": [
            (
                "Ngày 20/5, phường Đậu Liêu tổ chức bàn giao ngôi nhà cuối cùng trong chương trình "
                "cho gia đình bà Nguyễn Thị Cúc ở Tổ dân phố Đông Liêu. Ngôi nhà rộng 60 m², được "
                "xây dựng kiên cố với tổng kinh phí 160 triệu đồng; trong đó nguồn hỗ trợ của Nhà "
                "nước và Ủy ban MTTQ là 60 triệu đồng, phần còn lại do người thân, dòng họ và hàng "
                "xóm giúp đỡ."
            ),
            (
                "Để hoàn thành chỉ tiêu, Đảng ủy phường đã thành lập Ban Chỉ đạo, phân công mỗi "
                "đồng chí trong Ban Thường vụ trực tiếp phụ trách một ngôi nhà. Các đoàn thể huy "
                "động hàng trăm ngày công của đoàn viên, hội viên để vận chuyển vật liệu, san nền, "
                "dọn dẹp; một số doanh nghiệp trên địa bàn hỗ trợ xi măng, sắt thép và tôn lợp."
            ),
            (
                "Bà Nguyễn Thị Cúc xúc động: “Cả đời tôi chưa dám nghĩ có ngày được ở trong ngôi "
                "nhà chắc chắn thế này. Mùa mưa bão tới, tôi không còn phải chạy sang nhà hàng xóm "
                "nhờ ở nữa”."
            ),
            (
                "Đồng chí Nguyễn Văn Hòa, Bí thư Đảng ủy phường Đậu Liêu cho biết, hoàn thành xóa "
                "nhà tạm trước khi sắp xếp đơn vị hành chính vừa là trách nhiệm, vừa là tình cảm "
                "của cấp ủy, chính quyền đối với Nhân dân. “Chúng tôi muốn bàn giao cho phường mới "
                "một địa bàn không còn hộ dân nào phải ở nhà tạm, nhà dột nát”, đồng chí Hòa nói."
            ),
        ],
        "photos": [
            "Bàn giao nhà ở cho gia đình bà Nguyễn Thị Cúc",
            "Đoàn viên thanh niên phường Đậu Liêu hỗ trợ ngày công xây nhà",
        ],
        "author": "Thu Hằng",
        "source": "Đảng ủy P. Đậu Liêu",
    },
    {
        "title": "Phường Bắc Hồng biểu dương 12 mô hình “Dân vận khéo” tiêu biểu năm 2025",
        "section": "dan-van-kheo",
        "areas": ["bac-hong"],
        "units": ["du-bac-hong", "mttq-bac-hong"],
        "days_ago": 311,
        "hour": 16,
        "minute": 45,
        "featured": False,
        "sapo": (
            "Chiều ngày 14/1, Đảng ủy phường Bắc Hồng tổ chức Hội nghị tổng kết phong trào thi đua "
            "“Dân vận khéo” năm 2025, biểu dương 12 mô hình, điển hình tiêu biểu trên các lĩnh vực."
        ),
        "paragraphs": [
            (
                "Năm 2025, toàn phường đã xây dựng và đăng ký 34 mô hình “Dân vận khéo”, gồm 11 mô "
                "hình thuộc lĩnh vực kinh tế, 9 mô hình văn hóa – xã hội, 6 mô hình quốc phòng – "
                "an ninh và 8 mô hình trong xây dựng hệ thống chính trị. Nhiều mô hình đã đi vào "
                "chiều sâu, mang lại hiệu quả thiết thực như: “Ngõ xanh – sạch – sáng” ở Tổ dân "
                "phố Trung Hưng, “Ngày Chủ nhật xanh” của Hội LHPN, “Camera an ninh khu dân cư” ở "
                "Tổ dân phố Bắc Sơn, “Tổ tiết kiệm phụ nữ giúp nhau” ở Tổ dân phố Tân Hòa."
            ),
            (
                "Từ các mô hình, Nhân dân trong phường đã đóng góp hơn 4,2 tỷ đồng, hiến trên "
                "1.500 m² đất và hàng nghìn ngày công để làm đường giao thông, lắp điện chiếu "
                "sáng, chỉnh trang khu dân cư. Trong năm, phường có thêm 2 tổ dân phố được công "
                "nhận đạt chuẩn văn minh đô thị."
            ),
            (
                "Phát biểu tại Hội nghị, đồng chí Phan Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy "
                "phường nhấn mạnh: “Dân vận khéo” không phải là những việc lớn lao mà bắt đầu từ "
                "việc cán bộ biết lắng nghe, nói để dân hiểu, làm để dân tin. Đồng chí đề nghị năm "
                "2026 tập trung xây dựng các mô hình gắn với chuyển đổi số, cải cách hành chính và "
                "chăm lo đời sống người dân sau sắp xếp tổ chức bộ máy."
            ),
            (
                "Dịp này, Đảng ủy phường tặng giấy khen cho 12 tập thể và 18 cá nhân có thành tích "
                "tiêu biểu trong phong trào thi đua “Dân vận khéo” năm 2025. Các mô hình được biểu "
                "dương sẽ được giới thiệu trên trang thông tin điện tử và hệ thống loa truyền "
                "thanh của phường để nhân rộng."
            ),
        ],
        "photos": [
            "Quang cảnh Hội nghị tổng kết phong trào “Dân vận khéo” năm 2025",
            (
                "Đồng chí Phan Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy phường trao giấy khen "
                "cho các tập thể tiêu biểu"
            ),
        ],
        "author": "Phương Thảo",
        "source": "Đảng ủy P. Bắc Hồng",
    },
    # -------- Hoạt động UBND --------
    {
        "title": (
            "UBND phường Bắc Hồng họp phiên thường kỳ tháng 10, tập trung các nhiệm vụ tăng tốc "
            "cuối năm 2026"
        ),
        "section": "hoat-dong-ubnd",
        "areas": ["bac-hong"],
        "units": ["ubnd-bac-hong"],
        "days_ago": 22,
        "hour": 17,
        "minute": 0,
        "featured": False,
        "sapo": (
            "Ngày 30/10, UBND phường Bắc Hồng tổ chức phiên họp thường kỳ tháng 10 để đánh giá "
            "tình hình kinh tế – xã hội 10 tháng và thảo luận giải pháp hoàn thành các chỉ tiêu kế "
            "hoạch năm 2026. Đồng chí Võ Đình Quang, Phó Bí thư Đảng ủy, Chủ tịch UBND phường chủ "
            "trì phiên họp."
        ),
        "paragraphs": [
            (
                "Theo báo cáo, 10 tháng năm 2026, thu ngân sách nhà nước trên địa bàn đạt 87,2% dự "
                "toán; số hộ kinh doanh đăng ký mới tăng 64 hộ so với cùng kỳ. Trung tâm Phục vụ "
                "hành chính công phường tiếp nhận 5.214 hồ sơ, tỷ lệ hồ sơ nộp trực tuyến đạt "
                "71,5%. Công tác an sinh xã hội được bảo đảm; các chế độ cho người có công và đối "
                "tượng bảo trợ xã hội được chi trả đầy đủ, kịp thời."
            ),
            (
                "Bên cạnh đó, tiến độ giải phóng mặt bằng dự án mở rộng đường Hồng Sơn mới đạt "
                "78%, còn 9 hộ chưa bàn giao mặt bằng; việc thu gom rác thải ở một số tổ dân phố "
                "giáp ranh chưa đúng lịch; tình trạng lấn chiếm vỉa hè để kinh doanh còn tái diễn "
                "trên tuyến đường Trần Phú."
            ),
            (
                "Tại phiên họp, các thành viên UBND phường đã thảo luận, cho ý kiến vào các tờ "
                "trình: phương án đấu giá quyền sử dụng đất khu dân cư Bắc Sơn (giai đoạn 2); kế "
                "hoạch tổ chức các hoạt động mừng Đảng, mừng Xuân Đinh Mùi 2027 và dự thảo kế "
                "hoạch phát triển kinh tế – xã hội năm 2027 trình HĐND phường."
            ),
            (
                "Kết luận phiên họp, đồng chí Võ Đình Quang yêu cầu công chức các lĩnh vực rà soát "
                "từng chỉ tiêu còn đạt thấp để có giải pháp cụ thể; dứt điểm công tác giải phóng "
                "mặt bằng trong tháng 11; tăng cường kiểm tra trật tự đô thị; chủ động xây dựng kế "
                "hoạch bình ổn thị trường, bảo đảm an ninh, trật tự dịp cuối năm."
            ),
        ],
        "photos": ["Đồng chí Võ Đình Quang, Chủ tịch UBND phường kết luận phiên họp"],
        "author": "Quỳnh Như",
        "source": "UBND P. Bắc Hồng",
    },
    {
        "title": (
            "Phường Bắc Hồng kiện toàn Ban Chỉ huy phòng thủ dân sự, chủ động phương án ứng phó "
            "thiên tai năm 2026"
        ),
        "section": "hoat-dong-ubnd",
        "areas": ["bac-hong", "tdp-bac-son"],
        "units": ["ubnd-bac-hong", "bchqs-bac-hong"],
        "days_ago": 197,
        "hour": 15,
        "minute": 10,
        "featured": False,
        "sapo": (
            "Ngày 8/5, UBND phường Bắc Hồng tổ chức Hội nghị tổng kết công tác phòng, chống thiên "
            "tai và tìm kiếm cứu nạn năm 2025, triển khai nhiệm vụ năm 2026."
        ),
        "paragraphs": [
            (
                "Năm 2025, địa bàn phường chịu ảnh hưởng của 2 cơn bão và 3 đợt mưa lớn, gây ngập "
                "úng cục bộ tại Tổ dân phố Bắc Sơn và một số khu vực trũng thấp ven Hồng Giang; "
                "hơn 40 cây xanh bị gãy đổ, nhiều diện tích rau màu bị hư hại. Nhờ chủ động triển "
                "khai phương châm “bốn tại chỗ”, phường đã di dời kịp thời 37 hộ dân đến nơi an "
                "toàn, không để xảy ra thiệt hại về người."
            ),
            (
                "Năm 2026, phường đã kiện toàn Ban Chỉ huy phòng thủ dân sự, phân công từng thành "
                "viên phụ trách địa bàn. Phương án ứng phó được xây dựng theo các cấp độ rủi ro "
                "thiên tai, xác định 5 điểm sơ tán tập trung tại nhà văn hóa và trường học; lương "
                "thực, nước uống, thuốc men và trang thiết bị cứu hộ được dự trữ sẵn sàng."
            ),
            (
                "Lực lượng xung kích gồm 120 người từ dân quân, công an, đoàn viên thanh niên và "
                "các tổ dân phố đã được tập huấn kỹ năng sơ cấp cứu, cứu hộ, cứu nạn. Các tổ dân "
                "phố cũng rà soát, lập danh sách hộ gia đình có người cao tuổi, người khuyết tật, "
                "trẻ nhỏ để ưu tiên hỗ trợ sơ tán khi có tình huống."
            ),
            (
                "Phát biểu chỉ đạo, đồng chí Võ Đình Quang, Chủ tịch UBND phường, Trưởng Ban Chỉ "
                "huy phòng thủ dân sự phường yêu cầu các thành viên không chủ quan, lơ là; thường "
                "xuyên theo dõi thông tin dự báo, cảnh báo thời tiết; kiểm tra, khơi thông cống "
                "rãnh, cắt tỉa cây xanh trước mùa mưa bão. Thông tin chỉ đạo, điều hành sẽ được "
                "truyền tải đồng thời qua hệ thống loa truyền thanh, nhóm Zalo tổ dân phố và trang "
                "thông tin điện tử của phường."
            ),
        ],
        "photos": [
            "Quang cảnh Hội nghị",
            "Lực lượng xung kích phường Bắc Hồng diễn tập cứu hộ, cứu nạn",
        ],
        "author": "Đức Trung",
        "source": "UBND P. Bắc Hồng",
    },
    {
        "title": (
            "Phường Bắc Hồng Lĩnh sau một năm vận hành mô hình chính quyền địa phương hai cấp: Bộ "
            "máy thông suốt, phục vụ người dân tốt hơn"
        ),
        "section": "hoat-dong-ubnd",
        "areas": ["bac-hong-linh", "tdp-dong-lieu"],
        "units": ["ubnd-bac-hong-linh", "du-bac-hong-linh"],
        "days_ago": 142,
        "hour": 8,
        "minute": 30,
        "featured": True,
        "sapo": (
            "Ngày 1/7/2026 đánh dấu tròn một năm phường Bắc Hồng Lĩnh – được sắp xếp từ phường Bắc "
            "Hồng Lĩnh và phường Đậu Liêu (cũ) – đi vào hoạt động theo mô hình chính quyền địa "
            "phương hai cấp. Sau một năm, bộ máy của phường đã vận hành ổn định, nhiều chỉ tiêu "
            "quan trọng có chuyển biến tích cực."
        ),
        "paragraphs": [
            (
                "Ngay từ những ngày đầu, Đảng ủy, UBND phường đã tập trung ổn định tổ chức, bố trí "
                "58 cán bộ, công chức theo vị trí việc làm, ưu tiên người có năng lực chuyên môn, "
                "am hiểu địa bàn. Trụ sở chính đặt tại trung tâm phường Bắc Hồng Lĩnh cũ; trụ sở "
                "phường Đậu Liêu cũ được cải tạo thành điểm tiếp nhận hồ sơ và nhà sinh hoạt cộng "
                "đồng, giúp người dân khu vực phía Tây không phải đi xa."
            ),
            (
                "Trung tâm Phục vụ hành chính công phường hiện tiếp nhận và giải quyết hơn 300 thủ "
                "tục hành chính, trong đó có nhiều thủ tục trước đây thuộc thẩm quyền cấp huyện "
                "như đăng ký hộ kinh doanh, cấp giấy phép xây dựng nhà ở riêng lẻ. Sau một năm, "
                "Trung tâm đã tiếp nhận hơn 9.600 hồ sơ, tỷ lệ giải quyết đúng và trước hạn đạt "
                "98,4%; thời gian chờ đợi của người dân giảm rõ rệt nhờ hệ thống lấy số tự động và "
                "đặt lịch trực tuyến."
            ),
            (
                "Bà Nguyễn Thị Thơm (Tổ dân phố Đông Liêu) chia sẻ: “Trước đây làm thủ tục đất đai "
                "phải lên thị xã mấy lần, giờ làm ngay tại phường, cán bộ hướng dẫn tận tình, có "
                "gì chưa rõ thì gọi điện hỏi được luôn”."
            ),
            (
                "Tuy nhiên, theo đồng chí Nguyễn Đăng Khoa, Chủ tịch UBND phường, quá trình vận "
                "hành vẫn còn không ít khó khăn: khối lượng công việc tăng nhiều trong khi một số "
                "lĩnh vực như đất đai, xây dựng, tài chính còn thiếu công chức có chuyên môn sâu; "
                "hạ tầng công nghệ thông tin chưa đồng bộ; một số trụ sở dôi dư chưa được sắp xếp, "
                "sử dụng hiệu quả."
            ),
            (
                "Thời gian tới, phường sẽ tiếp tục bồi dưỡng đội ngũ cán bộ, công chức; đầu tư "
                "nâng cấp hạ tầng số; tăng cường đối thoại với Nhân dân để kịp thời tháo gỡ vướng "
                "mắc. “Mục tiêu xuyên suốt là xây dựng chính quyền gần dân, sát dân, phục vụ Nhân "
                "dân ngày càng tốt hơn”, đồng chí Nguyễn Đăng Khoa khẳng định."
            ),
        ],
        "photos": [
            "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công phường Bắc Hồng Lĩnh",
            "Trụ sở phường Đậu Liêu cũ được cải tạo thành điểm tiếp nhận hồ sơ",
        ],
        "author": "Hải Yến",
        "source": "UBND P. Bắc Hồng Lĩnh",
    },
    {
        "title": (
            "Phường Đậu Liêu tổng kết hoạt động của hệ thống chính trị, sẵn sàng nhập vào phường "
            "Bắc Hồng Lĩnh từ ngày 1/7/2025"
        ),
        "section": "hoat-dong-ubnd",
        "areas": ["dau-lieu", "bac-hong-linh"],
        "units": ["du-dau-lieu"],
        "days_ago": 512,
        "hour": 17,
        "minute": 20,
        "featured": False,
        "sapo": (
            "Chiều ngày 27/6, Đảng ủy phường Đậu Liêu tổ chức Hội nghị tổng kết hoạt động của hệ "
            "thống chính trị phường giai đoạn 2020–2025 và chuẩn bị các điều kiện bàn giao để nhập "
            "vào phường Bắc Hồng Lĩnh theo Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn "
            "vị hành chính cấp xã của tỉnh Hồng Lam năm 2025."
        ),
        "paragraphs": [
            (
                "Phát biểu khai mạc, đồng chí Nguyễn Văn Hòa, Bí thư Đảng ủy phường xúc động nhắc "
                "lại chặng đường hơn hai mươi năm xây dựng và phát triển của phường Đậu Liêu. Từ "
                "một địa bàn còn nhiều khó khăn, đến nay hạ tầng giao thông, trường học, trạm y tế "
                "đã được đầu tư khang trang; nghề làm hương, nghề mộc phát triển; thu nhập bình "
                "quân đầu người đạt 61 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 0,8%."
            ),
            (
                "Hội nghị đã thông qua báo cáo bàn giao hồ sơ, tài liệu, tài sản, tài chính, con "
                "dấu và danh sách cán bộ, công chức, người hoạt động không chuyên trách. Toàn bộ "
                "312 đảng viên của Đảng bộ phường sẽ chuyển sinh hoạt về Đảng bộ phường Bắc Hồng "
                "Lĩnh; các chi bộ tổ dân phố được giữ nguyên để không làm gián đoạn sinh hoạt. "
                "Trước đó, HĐND phường đã tổ chức kỳ họp chuyên đề cuối cùng, thông qua quyết toán "
                "ngân sách năm 2024."
            ),
            (
                "Nhiều cán bộ lâu năm không giấu được xúc động khi tên gọi Đậu Liêu sẽ khép lại "
                "trên bản đồ hành chính. Song, tất cả đều thống nhất rằng sắp xếp là chủ trương "
                "đúng đắn, nhằm tinh gọn bộ máy, mở ra không gian phát triển mới cho địa phương. "
                "“Tên phường có thể thay đổi, nhưng tình làng nghĩa xóm, truyền thống của quê "
                "hương thì mãi còn đó”, ông Lê Văn Thuận, Bí thư Chi bộ Tổ dân phố Đông Liêu chia "
                "sẻ."
            ),
            (
                "Kết thúc Hội nghị, Đảng ủy phường trao giấy khen cho 15 tập thể, 32 cá nhân có "
                "thành tích xuất sắc trong các phong trào thi đua giai đoạn 2020–2025. Đảng ủy yêu "
                "cầu cán bộ, công chức tiếp tục làm việc đến ngày cuối cùng, bảo đảm việc tiếp "
                "nhận, giải quyết hồ sơ của người dân không bị gián đoạn trong thời gian chuyển "
                "giao."
            ),
        ],
        "photos": [
            "Quang cảnh Hội nghị tổng kết tại hội trường phường Đậu Liêu",
            "Cán bộ, công chức phường Đậu Liêu chụp ảnh lưu niệm trước thời điểm sắp xếp",
        ],
        "author": "Thu Hằng – Thanh Trúc",
        "source": "Đảng ủy P. Đậu Liêu",
    },
    {
        "title": "Xã Thuận Lộc tăng tốc hoàn thiện các tiêu chí xã nông thôn mới nâng cao",
        "section": "hoat-dong-ubnd",
        "areas": ["thuan-loc", "thon-phuc-loc"],
        "units": ["ubnd-thuan-loc", "hnd-thuan-loc"],
        "days_ago": 93,
        "hour": 10,
        "minute": 45,
        "featured": False,
        "sapo": (
            "Đến nay, xã Thuận Lộc đã đạt 16/19 tiêu chí xã nông thôn mới nâng cao. Xã đang huy "
            "động mọi nguồn lực để hoàn thành 3 tiêu chí còn lại, phấn đấu đề nghị tỉnh thẩm định, "
            "công nhận trong năm 2026."
        ),
        "paragraphs": [
            (
                "Ba tiêu chí còn lại gồm giao thông; môi trường và chất lượng môi trường sống; y "
                "tế – văn hóa – giáo dục. Trong đó, khó khăn lớn nhất là tiêu chí giao thông, khi "
                "còn khoảng 3,6 km đường trục thôn, đường nội đồng cần được cứng hóa, mở rộng."
            ),
            (
                "Để tháo gỡ, UBND xã đã lồng ghép các nguồn vốn từ chương trình mục tiêu quốc gia, "
                "ngân sách xã và vận động Nhân dân đóng góp. Tại thôn Phúc Lộc, người dân đã góp "
                "gần 400 triệu đồng, hiến 850 m² đất để mở rộng 1,2 km đường trục thôn. Hội Nông "
                "dân xã vận động hội viên dồn điền, đổi thửa, chỉnh trang đường nội đồng, tạo "
                "thuận lợi cho cơ giới hóa sản xuất."
            ),
            (
                "Cùng với hạ tầng, xã chú trọng nâng cao thu nhập cho người dân thông qua phát "
                "triển vùng lúa chất lượng cao 120 ha và mô hình trồng bưởi, cam theo tiêu chuẩn "
                "VietGAP. Thu nhập bình quân đầu người năm 2025 đạt 62 triệu đồng; tỷ lệ hộ nghèo "
                "giảm còn 1,2%. Xã có 2 sản phẩm OCOP đạt 3 sao là gạo thơm Thuận Lộc và mật ong "
                "Phúc Lộc."
            ),
            (
                "Đồng chí Lương Văn Minh, Chủ tịch UBND xã Thuận Lộc cho biết, xã đã phân công "
                "từng thành viên Ban Chỉ đạo phụ trách các tiêu chí, rà soát tiến độ hằng tháng. "
                "“Xây dựng nông thôn mới nâng cao không phải để chạy theo danh hiệu, mà để người "
                "dân được hưởng lợi thực chất từ những con đường, ngôi trường, cảnh quan xanh – "
                "sạch – đẹp”, đồng chí Minh nhấn mạnh."
            ),
        ],
        "photos": [
            "Người dân thôn Phúc Lộc làm đường giao thông",
            "Cánh đồng lúa chất lượng cao ở xã Thuận Lộc",
        ],
        "author": "Văn Tài",
        "source": "UBND xã Thuận Lộc",
    },
    {
        "title": (
            "Phường Nam Hồng đồng hành cùng hộ kinh doanh chuyển đổi từ thuế khoán sang kê khai"
        ),
        "section": "hoat-dong-ubnd",
        "areas": ["nam-hong", "kp-nam-son"],
        "units": ["ubnd-nam-hong"],
        "days_ago": 72,
        "hour": 14,
        "minute": 30,
        "featured": False,
        "sapo": (
            "Thực hiện chủ trương bỏ phương pháp thuế khoán đối với hộ kinh doanh từ năm 2026, "
            "UBND phường Nam Hồng phối hợp với cơ quan thuế tổ chức nhiều lớp hướng dẫn, giúp hộ "
            "kinh doanh sử dụng hóa đơn điện tử và kê khai thuế qua ứng dụng trên điện thoại."
        ),
        "paragraphs": [
            (
                "Phường Nam Hồng hiện có 612 hộ kinh doanh, tập trung chủ yếu quanh chợ Nam Hồng "
                "và các tuyến phố thương mại ở Khu phố Nam Sơn. Phần lớn chủ hộ là người trung "
                "tuổi, quen với việc nộp một khoản thuế cố định hằng tháng nên còn lúng túng khi "
                "chuyển sang tự kê khai theo doanh thu thực tế."
            ),
            (
                "Từ đầu năm đến nay, phường đã phối hợp với Thuế cơ sở quản lý địa bàn tổ chức 6 "
                "lớp hướng dẫn ngay tại nhà văn hóa khu phố và tại chợ, vào khung giờ ngoài giờ "
                "bán hàng. Đoàn viên thanh niên được phân công đến từng quầy hàng để hỗ trợ cài "
                "đặt ứng dụng, khởi tạo hóa đơn điện tử từ máy tính tiền và mở tài khoản thanh "
                "toán không dùng tiền mặt."
            ),
            (
                "Chị Lê Thị Hằng, chủ một cửa hàng tạp hóa ở chợ Nam Hồng cho biết: “Lúc đầu tôi "
                "lo lắm, sợ làm sai bị phạt. Được các em thanh niên hướng dẫn từng bước, giờ cuối "
                "ngày chỉ cần mở điện thoại là thấy doanh thu, hàng nhập, hàng bán, còn rõ ràng "
                "hơn ghi sổ tay”."
            ),
            (
                "Cùng với hỗ trợ, phường tăng cường rà soát, đưa vào quản lý các hộ kinh doanh mới "
                "phát sinh, hộ bán hàng qua mạng; đôn đốc thu hồi nợ đọng thuế. 8 tháng đầu năm "
                "2026, thu ngân sách trên địa bàn phường đạt 71,3% dự toán, trong đó thu từ hộ "
                "kinh doanh tăng 14% so với cùng kỳ."
            ),
            (
                "Đồng chí Thái Văn Lực, Phó Chủ tịch UBND phường Nam Hồng cho biết, thời gian tới "
                "phường sẽ tiếp tục đồng hành với hộ kinh doanh, kịp thời nắm bắt khó khăn, đồng "
                "thời khuyến khích các hộ có quy mô lớn chuyển đổi lên doanh nghiệp để được hưởng "
                "các chính sách hỗ trợ theo quy định."
            ),
        ],
        "photos": [
            "Đoàn viên thanh niên hướng dẫn tiểu thương chợ Nam Hồng sử dụng hóa đơn điện tử",
            "Lớp hướng dẫn kê khai thuế cho hộ kinh doanh tại Khu phố Nam Sơn",
        ],
        "author": "Quỳnh Như",
        "source": "UBND P. Nam Hồng",
    },
    # -------- Hoạt động UBND – Cải cách hành chính --------
    {
        "title": (
            "Trung tâm Phục vụ hành chính công phường Bắc Hồng: Lấy sự hài lòng của người dân làm "
            "thước đo"
        ),
        "section": "cai-cach-hanh-chinh",
        "areas": ["bac-hong", "tdp-tan-hoa"],
        "units": ["ubnd-bac-hong"],
        "days_ago": 171,
        "hour": 9,
        "minute": 40,
        "featured": False,
        "sapo": (
            "Không gian thoáng đãng, quy trình công khai, cán bộ tận tình – đó là nhận xét của "
            "nhiều người dân khi đến giao dịch tại Trung tâm Phục vụ hành chính công phường Bắc "
            "Hồng."
        ),
        "paragraphs": [
            (
                "Trung tâm được bố trí tại tầng 1 trụ sở UBND phường với 8 quầy giao dịch, khu vực "
                "chờ có ghế ngồi, nước uống, góc hỗ trợ dịch vụ công trực tuyến và máy lấy số tự "
                "động. Toàn bộ thủ tục hành chính, phí, lệ phí và thời hạn giải quyết được niêm "
                "yết công khai, người dân có thể tra cứu bằng cách quét mã QR tại mỗi quầy."
            ),
            (
                "Từ đầu năm 2026 đến nay, Trung tâm đã tiếp nhận gần 2.900 hồ sơ, trong đó 69% hồ "
                "sơ được nộp trực tuyến; tỷ lệ giải quyết đúng và trước hạn đạt 99,1%. Với số ít "
                "hồ sơ chậm do phải xác minh, Trung tâm đều gửi thư xin lỗi và hẹn lại thời gian "
                "trả kết quả. Mức độ hài lòng của người dân qua hệ thống đánh giá điện tử đạt "
                "97,8%."
            ),
            (
                "Điểm mới là Trung tâm triển khai mô hình “Thứ Bảy phục vụ Nhân dân” và “Cán bộ hỗ "
                "trợ tận nhà” đối với người cao tuổi, người khuyết tật. Chỉ cần gọi đến đường dây "
                "nóng, cán bộ sẽ đến tận nhà hướng dẫn, tiếp nhận hồ sơ chứng thực, đăng ký khai "
                "tử, xác nhận thông tin cư trú…"
            ),
            (
                "Ông Lê Văn Bình (Tổ dân phố Tân Hòa) chia sẻ: “Tôi đến làm thủ tục sang tên mảnh "
                "đất cho con trai. Cán bộ kiểm tra hồ sơ kỹ, chỉ ra chỗ thiếu ngay một lần nên tôi "
                "không phải đi lại nhiều. Hẹn ngày nào trả kết quả đúng ngày đó”."
            ),
            (
                "Theo bà Đặng Thị Hồng Nhung, Phó Chủ tịch UBND phường, Giám đốc Trung tâm Phục vụ "
                "hành chính công phường, thời gian tới phường sẽ tiếp tục số hóa hồ sơ, kết quả "
                "giải quyết thủ tục hành chính, phấn đấu đến cuối năm 2026 tỷ lệ hồ sơ nộp trực "
                "tuyến đạt trên 80%."
            ),
        ],
        "photos": [
            "Người dân giao dịch tại Trung tâm Phục vụ hành chính công phường Bắc Hồng",
            "Cán bộ Trung tâm hướng dẫn người cao tuổi nộp hồ sơ trực tuyến",
        ],
        "author": "Quỳnh Như",
        "source": "UBND P. Bắc Hồng",
    },
    {
        "title": (
            "Tổ công nghệ số cộng đồng Bắc Sơn “cầm tay chỉ việc” giúp người dân dùng VNeID và "
            "dịch vụ công trực tuyến"
        ),
        "section": "cai-cach-hanh-chinh",
        "areas": ["bac-hong", "tdp-bac-son"],
        "units": ["ubnd-bac-hong", "ca-bac-hong"],
        "days_ago": 366,
        "hour": 20,
        "minute": 0,
        "featured": False,
        "sapo": (
            "Tối thứ Năm hằng tuần, nhà văn hóa Tổ dân phố Bắc Sơn (phường Bắc Hồng) lại sáng đèn. "
            "Đó là lúc các thành viên Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt, sử "
            "dụng ứng dụng VNeID, nộp hồ sơ trực tuyến và thanh toán không dùng tiền mặt."
        ),
        "paragraphs": [
            (
                "Tổ công nghệ số cộng đồng Bắc Sơn có 7 thành viên, gồm tổ trưởng tổ dân phố, cán "
                "bộ công an phụ trách địa bàn, đoàn viên thanh niên và một số cán bộ hưu trí am "
                "hiểu công nghệ. Ngoài buổi hướng dẫn cố định hằng tuần, các thành viên còn đến "
                "tận nhà hỗ trợ người cao tuổi, người khuyết tật không thể đi lại."
            ),
            (
                "Bà Đỗ Thị Hoa, 71 tuổi, vừa được hướng dẫn kích hoạt tài khoản định danh điện tử "
                "mức độ 2 và tích hợp thẻ bảo hiểm y tế vào ứng dụng. “Giờ đi khám bệnh tôi chỉ "
                "cần mang điện thoại, không sợ quên hay làm mất thẻ nữa. Các cháu hướng dẫn chậm "
                "rãi, dễ hiểu lắm”, bà Hoa vui vẻ nói."
            ),
            (
                "Đến nay, 94% người dân trong độ tuổi của tổ dân phố đã kích hoạt tài khoản định "
                "danh điện tử; 100% hộ kinh doanh có mã QR thanh toán. Tổ dân phố cũng lập nhóm "
                "Zalo để thông báo lịch tiêm chủng, lịch thu gom rác, các văn bản mới và tiếp nhận "
                "phản ánh của người dân."
            ),
            (
                "Đánh giá hiệu quả mô hình, UBND phường Bắc Hồng cho biết sẽ nhân rộng cách làm "
                "của Tổ dân phố Bắc Sơn ra toàn phường, hướng tới mục tiêu mỗi hộ gia đình có ít "
                "nhất một thành viên biết sử dụng dịch vụ công trực tuyến, góp phần thực hiện Đề "
                "án 06 của Chính phủ và phong trào “Bình dân học vụ số”."
            ),
        ],
        "photos": [
            "Thành viên Tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng ứng dụng VNeID",
        ],
        "author": "Ngọc Ánh",
        "source": "UBND P. Bắc Hồng",
    },
    {
        "title": (
            "Phường Bắc Hồng Lĩnh số hóa hơn 42.000 trang hồ sơ, rút ngắn thời gian giải quyết thủ "
            "tục hành chính"
        ),
        "section": "cai-cach-hanh-chinh",
        "areas": ["bac-hong-linh"],
        "units": ["ubnd-bac-hong-linh"],
        "days_ago": 249,
        "hour": 16,
        "minute": 10,
        "featured": False,
        "sapo": (
            "UBND phường Bắc Hồng Lĩnh vừa hoàn thành số hóa hơn 42.000 trang hồ sơ hộ tịch, chứng "
            "thực và đất đai giai đoạn 2010–2025, tạo nền tảng để tái sử dụng dữ liệu, giảm giấy "
            "tờ cho người dân khi làm thủ tục."
        ),
        "paragraphs": [
            (
                "Sau sắp xếp, khối lượng hồ sơ lưu trữ của hai phường cũ rất lớn, nhiều sổ hộ tịch "
                "viết tay đã ố vàng, khó tra cứu. Phường đã huy động công chức chuyên môn, đoàn "
                "viên thanh niên và thuê đơn vị có chuyên môn thực hiện quét, nhập liệu, đối chiếu "
                "với Cơ sở dữ liệu quốc gia về dân cư."
            ),
            (
                "Nhờ dữ liệu đã được số hóa, người dân khi làm thủ tục trích lục hộ tịch, chứng "
                "thực bản sao hay xác nhận tình trạng hôn nhân không phải nộp lại những giấy tờ đã "
                "có trong hệ thống. Thời gian trả kết quả nhiều thủ tục được rút ngắn từ 3 ngày "
                "xuống còn trong ngày."
            ),
            (
                "Song song với đó, phường thực hiện ký số 100% văn bản đi, sử dụng hệ thống quản "
                "lý văn bản và điều hành liên thông từ tỉnh đến phường. Các cuộc họp của UBND "
                "phường cơ bản không dùng tài liệu giấy; cán bộ, công chức được tập huấn kỹ năng "
                "khai thác dữ liệu và bảo đảm an toàn thông tin."
            ),
            (
                "Bà Lê Thị Thu Trang, Phó Chủ tịch UBND phường cho biết: năm 2026, phường đặt mục "
                "tiêu 100% hồ sơ thủ tục hành chính được số hóa ngay khi tiếp nhận; tỷ lệ hồ sơ "
                "nộp trực tuyến toàn trình đạt trên 60%. “Dữ liệu được làm sạch một lần để người "
                "dân không phải khai báo nhiều lần – đó là lợi ích thiết thực nhất của chuyển đổi "
                "số”, bà Trang nói."
            ),
        ],
        "photos": ["Công chức phường Bắc Hồng Lĩnh số hóa hồ sơ hộ tịch lưu trữ"],
        "author": "Hải Yến",
        "source": "UBND P. Bắc Hồng Lĩnh",
    },
    {
        "title": (
            "Chủ tịch UBND phường Nam Hồng đối thoại với Nhân dân về cải cách hành chính và trật "
            "tự đô thị"
        ),
        "section": "cai-cach-hanh-chinh",
        "areas": ["nam-hong", "kp-nam-son"],
        "units": ["ubnd-nam-hong"],
        "days_ago": 207,
        "hour": 17,
        "minute": 15,
        "featured": False,
        "sapo": (
            "Ngày 28/4, UBND phường Nam Hồng tổ chức Hội nghị đối thoại giữa Chủ tịch UBND phường "
            "với Nhân dân năm 2026, với sự tham gia của gần 150 người dân đại diện 12 khu phố."
        ),
        "paragraphs": [
            (
                "Tại buổi đối thoại, người dân đã nêu 19 ý kiến, tập trung vào thời gian giải "
                "quyết hồ sơ đất đai, việc cấp giấy chứng nhận quyền sử dụng đất cho các trường "
                "hợp sử dụng đất trước năm 1993, tình trạng lấn chiếm lòng đường ở khu vực chợ, "
                "ngập úng cục bộ tại Khu phố Nam Sơn và việc thu gom rác thải chưa đúng giờ."
            ),
            (
                "Bà Phạm Thị Ngọc Bích, Chủ tịch UBND phường cùng công chức các lĩnh vực đã trả "
                "lời trực tiếp, cụ thể từng ý kiến. Đối với các hồ sơ đất đai tồn đọng, phường cam "
                "kết rà soát, phân loại và thông báo rõ tiến độ cho từng trường hợp trước ngày "
                "30/6; những hồ sơ vướng mắc về chính sách sẽ được tổng hợp, đề nghị cơ quan "
                "chuyên môn cấp tỉnh hướng dẫn."
            ),
            (
                "Về trật tự đô thị, phường sẽ phối hợp với Ban quản lý chợ sắp xếp lại khu vực "
                "kinh doanh, bố trí điểm trông giữ xe; đồng thời nạo vét hệ thống cống thoát nước "
                "tại Khu phố Nam Sơn trước mùa mưa. Với những ý kiến vượt thẩm quyền, Chủ tịch "
                "UBND phường giao bộ phận chuyên môn tổng hợp, có văn bản kiến nghị cấp trên và "
                "thông tin lại cho người dân."
            ),
            (
                "Ông Hồ Văn Cường, Khu phố Nam Sơn phát biểu: “Được nói thẳng, được nghe trả lời "
                "rõ ràng, chúng tôi thấy yên tâm. Mong rằng những cam kết hôm nay sẽ được thực "
                "hiện đúng hẹn”. Kết luận buổi đối thoại, bà Phạm Thị Ngọc Bích khẳng định phường "
                "sẽ công khai kết quả giải quyết các ý kiến trên trang thông tin điện tử và hệ "
                "thống loa truyền thanh để Nhân dân cùng giám sát."
            ),
        ],
        "photos": [
            "Quang cảnh buổi đối thoại",
            "Người dân Khu phố Nam Sơn nêu ý kiến tại Hội nghị đối thoại",
        ],
        "author": "Minh Quân",
        "source": "UBND P. Nam Hồng",
    },
    # -------- Mặt trận – Đoàn thể --------
    {
        "title": "Tổ dân phố Tân Hòa tưng bừng Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
        "section": "mat-tran-doan-the",
        "areas": ["bac-hong", "tdp-tan-hoa"],
        "units": ["mttq-bac-hong", "du-bac-hong"],
        "days_ago": 6,
        "hour": 19,
        "minute": 30,
        "featured": True,
        "sapo": (
            "Sáng ngày 15/11, Ủy ban MTTQ Việt Nam phường Bắc Hồng phối hợp với Tổ dân phố Tân Hòa "
            "tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026, hướng tới kỷ niệm 96 năm Ngày "
            "thành lập Mặt trận Dân tộc Thống nhất Việt Nam – Ngày truyền thống Mặt trận Tổ quốc "
            "Việt Nam (18/11/1930 – 18/11/2026)."
        ),
        "paragraphs": [
            (
                "Dự Ngày hội có đồng chí Nguyễn Hữu Thắng, Bí thư Đảng ủy phường; bà Hoàng Thị "
                "Mai, Chủ tịch Ủy ban MTTQ Việt Nam phường cùng đông đảo người dân trong tổ dân "
                "phố. Tổ dân phố Tân Hòa hiện có 412 hộ với gần 1.600 nhân khẩu."
            ),
            (
                "Báo cáo tại Ngày hội cho biết, năm 2026, Nhân dân Tổ dân phố Tân Hòa đã đoàn kết, "
                "chung sức hoàn thành nhiều công trình có ý nghĩa. Đáng chú ý, người dân đã hiến "
                "gần 900 m² đất, đóng góp 540 triệu đồng để mở rộng tuyến đường ngõ 7 – ngõ 9; lắp "
                "đặt 36 camera an ninh kết nối với Công an phường. 97% hộ gia đình đạt danh hiệu "
                "“Gia đình văn hóa”; tổ dân phố không có người vi phạm pháp luật, không có tệ nạn "
                "xã hội."
            ),
            (
                "Phát biểu tại Ngày hội, đồng chí Nguyễn Hữu Thắng biểu dương tinh thần đoàn kết "
                "và những kết quả nổi bật mà Nhân dân Tân Hòa đạt được; đề nghị tổ dân phố tiếp "
                "tục phát huy vai trò tự quản của cộng đồng, giữ vững danh hiệu tổ dân phố văn "
                "hóa, chung tay xây dựng phường Bắc Hồng ngày càng văn minh, nghĩa tình."
            ),
            (
                "Nhân dịp này, Ban tổ chức đã trao 10 suất quà cho các hộ có hoàn cảnh khó khăn và "
                "khen thưởng 8 gia đình tiêu biểu. Phần hội diễn ra sôi nổi với các tiết mục văn "
                "nghệ, hội thi gói bánh chưng và các trò chơi dân gian, mang đến không khí ấm áp, "
                "đậm tình làng nghĩa xóm."
            ),
        ],
        "photos": [
            (
                "Đồng chí Nguyễn Hữu Thắng, Bí thư Đảng ủy phường tặng quà cho hộ khó khăn tại "
                "Ngày hội"
            ),
            "Tiết mục văn nghệ chào mừng Ngày hội Đại đoàn kết toàn dân tộc",
            "Hội thi gói bánh chưng giữa các chi hội",
        ],
        "author": "Thu Hằng – Thanh Trúc",
        "source": "UBMTTQ P. Bắc Hồng",
    },
    {
        "title": "Hội LHPN phường Bắc Hồng: Tổ tiết kiệm giúp hội viên có vốn phát triển kinh tế",
        "section": "mat-tran-doan-the",
        "areas": ["bac-hong", "tdp-tan-hoa"],
        "units": ["hpn-bac-hong"],
        "days_ago": 32,
        "hour": 11,
        "minute": 15,
        "featured": False,
        "sapo": (
            "Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – "
            "20/10/2026), Hội LHPN phường Bắc Hồng tổ chức tọa đàm, biểu dương các tổ tiết kiệm "
            "“Phụ nữ giúp nhau phát triển kinh tế” tiêu biểu."
        ),
        "paragraphs": [
            (
                "Hiện nay, toàn phường có 18 tổ tiết kiệm với 426 thành viên. Mỗi tháng, các thành "
                "viên góp từ 200.000 đến 500.000 đồng tùy khả năng; số tiền được luân phiên cho "
                "các chị em có nhu cầu vay không lãi hoặc lãi suất thấp để mua con giống, mở cửa "
                "hàng, sửa chữa nhà cửa. Tổng số dư của các tổ tiết kiệm hiện đạt gần 2,1 tỷ đồng."
            ),
            (
                "Chị Nguyễn Thị Yến, thành viên tổ tiết kiệm Tổ dân phố Tân Hòa cho biết, nhờ vay "
                "30 triệu đồng từ tổ, chị đã mở được tiệm may nhỏ tại nhà. “Vay của chị em thủ tục "
                "đơn giản, được trả dần hằng tháng nên không áp lực. Sau hai năm, tôi đã trả hết "
                "nợ và có thêm nhiều khách quen”, chị Yến phấn khởi."
            ),
            (
                "Theo bà Nguyễn Thị Thanh Tâm, Chủ tịch Hội LHPN phường, các tổ tiết kiệm không "
                "chỉ là nơi hỗ trợ vốn mà còn là nơi để chị em chia sẻ kinh nghiệm làm ăn, kiến "
                "thức nuôi dạy con và phòng, chống bạo lực gia đình. Hội cũng phối hợp với Ngân "
                "hàng Chính sách xã hội duy trì 6 tổ tiết kiệm và vay vốn với dư nợ hơn 14 tỷ "
                "đồng, giúp nhiều hộ thoát nghèo."
            ),
            (
                "Tại tọa đàm, Hội LHPN phường đã khen thưởng 5 tổ tiết kiệm và 12 hội viên tiêu "
                "biểu; đồng thời phát động hội viên tham gia khởi nghiệp, kinh doanh trên nền tảng "
                "số và thực hiện cuộc vận động xây dựng gia đình “5 không, 3 sạch”. Các đại biểu "
                "cũng trao đổi kinh nghiệm ghi chép sổ sách, bảo đảm công khai, minh bạch trong "
                "hoạt động của tổ tiết kiệm."
            ),
        ],
        "photos": [
            "Hội LHPN phường Bắc Hồng khen thưởng các tổ tiết kiệm tiêu biểu",
            "Chị Nguyễn Thị Yến bên tiệm may được mở từ nguồn vốn của tổ tiết kiệm",
        ],
        "author": "Ngọc Ánh",
        "source": "Hội LHPN P. Bắc Hồng",
    },
    {
        "title": "Tuổi trẻ phường Bắc Hồng ra quân Chiến dịch Thanh niên tình nguyện hè năm 2026",
        "section": "mat-tran-doan-the",
        "areas": ["bac-hong", "tdp-bac-son"],
        "units": ["dtn-bac-hong"],
        "days_ago": 167,
        "hour": 8,
        "minute": 50,
        "featured": False,
        "sapo": (
            "Sáng ngày 7/6, Đoàn Thanh niên phường Bắc Hồng tổ chức Lễ ra quân Chiến dịch Thanh "
            "niên tình nguyện hè năm 2026 với sự tham gia của hơn 250 đoàn viên, thanh niên và học "
            "sinh, sinh viên về địa phương nghỉ hè."
        ),
        "paragraphs": [
            (
                "Chiến dịch năm nay tập trung vào 4 nội dung: tình nguyện vì cuộc sống cộng đồng; "
                "chung tay xây dựng đô thị văn minh; đồng hành cùng người dân trong chuyển đổi số; "
                "tổ chức hoạt động hè an toàn, lành mạnh cho thiếu nhi. Đoàn phường đặt mục tiêu "
                "làm mới 2 tuyến đường hoa, lắp đặt 50 bóng đèn chiếu sáng ngõ xóm, hỗ trợ ít nhất "
                "1.000 lượt người dân sử dụng dịch vụ công trực tuyến và mở 2 lớp dạy bơi miễn phí "
                "cho trẻ em."
            ),
            (
                "Anh Lê Đức Anh, Bí thư Đoàn phường cho biết, điểm mới của chiến dịch là thành lập "
                "“Đội hình thanh niên tình nguyện số” gồm 30 sinh viên các trường đại học, cao "
                "đẳng về quê nghỉ hè. Đội hình sẽ trực tại Trung tâm Phục vụ hành chính công "
                "phường và các nhà văn hóa tổ dân phố vào cuối tuần để hướng dẫn người dân."
            ),
            (
                "Ngay sau lễ ra quân, các đoàn viên đã chia thành nhiều nhóm dọn vệ sinh, phát "
                "quang bờ kênh Bắc Sơn, sơn sửa bảng tin và thăm, tặng quà 10 gia đình chính sách "
                "trên địa bàn. Chiến dịch sẽ kéo dài đến hết tháng 8/2026."
            ),
            (
                "Phát biểu giao nhiệm vụ, đồng chí Phan Thị Thu Hà, Phó Bí thư Thường trực Đảng ủy "
                "phường ghi nhận những đóng góp của tuổi trẻ Bắc Hồng trong các chiến dịch tình "
                "nguyện những năm qua; đề nghị mỗi đoàn viên thực hiện “mỗi ngày một việc tốt”, để "
                "lại những công trình, phần việc thiết thực, được Nhân dân ghi nhận."
            ),
        ],
        "photos": [
            "Đoàn viên thanh niên phường Bắc Hồng tại Lễ ra quân",
            "Đội hình thanh niên tình nguyện số hỗ trợ người dân cài đặt ứng dụng VNeID",
        ],
        "author": "Đức Trung",
        "source": "Đoàn phường Bắc Hồng",
    },
    {
        "title": (
            "Hội Cựu chiến binh phường Bắc Hồng gặp mặt kỷ niệm 36 năm Ngày thành lập Hội Cựu "
            "chiến binh Việt Nam"
        ),
        "section": "mat-tran-doan-the",
        "areas": ["bac-hong", "tdp-bac-son"],
        "units": ["hccb-bac-hong"],
        "days_ago": 352,
        "hour": 10,
        "minute": 0,
        "featured": False,
        "sapo": (
            "Sáng ngày 4/12, Hội Cựu chiến binh phường Bắc Hồng tổ chức gặp mặt kỷ niệm 36 năm "
            "Ngày thành lập Hội Cựu chiến binh Việt Nam (6/12/1989 – 6/12/2025) và tổng kết hoạt "
            "động Hội năm 2025."
        ),
        "paragraphs": [
            (
                "Năm 2025, các cấp hội Cựu chiến binh trong phường đã bám sát nhiệm vụ chính trị "
                "của địa phương, thực hiện tốt chức năng tham gia xây dựng, bảo vệ Đảng, chính "
                "quyền. Hội đã phối hợp tổ chức 14 buổi nói chuyện truyền thống cho học sinh, đoàn "
                "viên thanh niên; tham gia hòa giải thành 26 vụ việc tại khu dân cư; vận động hội "
                "viên hiến hơn 300 m² đất làm đường giao thông."
            ),
            (
                "Phong trào “Cựu chiến binh gương mẫu” tiếp tục được đẩy mạnh. Nhiều hội viên làm "
                "kinh tế giỏi, tạo việc làm cho lao động địa phương, tiêu biểu như xưởng mộc của "
                "hội viên Trần Văn Nghĩa (Tổ dân phố Bắc Sơn) giải quyết việc làm cho 12 lao động. "
                "Hội không còn hội viên thuộc hộ nghèo; 100% hội viên tham gia bảo hiểm y tế."
            ),
            (
                "Phát biểu tại buổi gặp mặt, đồng chí Nguyễn Hữu Thắng, Bí thư Đảng ủy phường ghi "
                "nhận, biểu dương những đóng góp của các thế hệ cựu chiến binh; mong muốn các hội "
                "viên tiếp tục phát huy bản chất “Bộ đội Cụ Hồ”, là lực lượng nòng cốt trong giữ "
                "gìn an ninh, trật tự, đấu tranh phản bác các luận điệu sai trái, thù địch, nhất "
                "là trên không gian mạng."
            ),
            (
                "Dịp này, Hội CCB phường đã trao 15 suất quà cho hội viên có hoàn cảnh khó khăn và "
                "khen thưởng 3 chi hội, 10 hội viên có thành tích xuất sắc trong năm 2025. Buổi "
                "gặp mặt diễn ra trong không khí ấm áp nghĩa tình đồng chí, đồng đội."
            ),
        ],
        "photos": [
            "Các hội viên Cựu chiến binh phường Bắc Hồng tại buổi gặp mặt",
            "Trao quà cho hội viên có hoàn cảnh khó khăn",
        ],
        "author": "Đức Trung",
        "source": "Hội CCB P. Bắc Hồng",
    },
    {
        "title": (
            "Hội Nông dân xã Thuận Lộc tập huấn kỹ thuật canh tác lúa vụ Xuân 2026 theo hướng hữu "
            "cơ"
        ),
        "section": "mat-tran-doan-the",
        "areas": ["thuan-loc"],
        "units": ["hnd-thuan-loc"],
        "days_ago": 316,
        "hour": 15,
        "minute": 0,
        "featured": False,
        "sapo": (
            "Ngày 9/1, Hội Nông dân xã Thuận Lộc phối hợp với Trạm Khuyến nông khu vực tổ chức lớp "
            "tập huấn kỹ thuật sản xuất lúa vụ Xuân năm 2026 theo hướng hữu cơ cho hơn 120 hội "
            "viên."
        ),
        "paragraphs": [
            (
                "Tại lớp tập huấn, các kỹ sư nông nghiệp đã hướng dẫn hội viên quy trình làm đất, "
                "ngâm ủ, gieo sạ đúng khung lịch thời vụ; sử dụng phân hữu cơ vi sinh thay thế một "
                "phần phân bón hóa học; nhận biết và phòng trừ sinh vật gây hại theo phương pháp "
                "quản lý dịch hại tổng hợp (IPM). Học viên cũng được hướng dẫn dùng ứng dụng nhật "
                "ký điện tử để ghi chép quá trình sản xuất, phục vụ truy xuất nguồn gốc."
            ),
            (
                "Vụ Xuân năm 2026, xã Thuận Lộc gieo cấy 480 ha lúa, trong đó 120 ha lúa chất "
                "lượng cao liên kết bao tiêu sản phẩm với doanh nghiệp. Hội Nông dân xã vận động "
                "hội viên đưa các giống lúa ngắn ngày, chống chịu sâu bệnh tốt vào sản xuất, hạn "
                "chế gieo cấy giống cũ cho năng suất thấp."
            ),
            (
                "Ông Chu Văn Thịnh, Chủ tịch Hội Nông dân xã cho biết, những năm qua, nhiều hội "
                "viên đã mạnh dạn chuyển đổi phương thức canh tác, giảm chi phí đầu vào khoảng "
                "15–20% mà năng suất vẫn ổn định. “Làm lúa hữu cơ ban đầu vất vả hơn, nhưng đất "
                "khỏe lại, gạo bán được giá cao hơn và không lo tồn dư thuốc bảo vệ thực vật”, ông "
                "Thịnh chia sẻ."
            ),
            (
                "Sau tập huấn, Hội Nông dân xã sẽ cử cán bộ thường xuyên thăm đồng, hỗ trợ hội "
                "viên áp dụng kỹ thuật mới; đồng thời phối hợp với hợp tác xã giới thiệu sản phẩm "
                "gạo thơm Thuận Lộc trên các sàn thương mại điện tử."
            ),
        ],
        "photos": [
            "Kỹ sư nông nghiệp hướng dẫn hội viên Hội Nông dân xã Thuận Lộc kỹ thuật gieo sạ",
        ],
        "author": "Văn Tài",
        "source": "Hội ND xã Thuận Lộc",
    },
    {
        "title": "Phường Bắc Hồng Lĩnh phát động Tháng cao điểm “Vì người nghèo” năm 2026",
        "section": "mat-tran-doan-the",
        "areas": ["bac-hong-linh"],
        "units": ["mttq-bac-hong-linh"],
        "days_ago": 35,
        "hour": 9,
        "minute": 20,
        "featured": False,
        "sapo": (
            "Sáng ngày 17/10, Ủy ban MTTQ Việt Nam phường Bắc Hồng Lĩnh tổ chức Lễ phát động Tháng "
            "cao điểm “Vì người nghèo” năm 2026 (từ ngày 17/10 đến ngày 18/11). Ngay tại buổi lễ, "
            "các cơ quan, doanh nghiệp, tổ chức và cá nhân đã ủng hộ hơn 186 triệu đồng."
        ),
        "paragraphs": [
            (
                "Theo báo cáo của Ủy ban MTTQ phường, từ tháng 10/2025 đến nay, Quỹ “Vì người "
                "nghèo” và an sinh xã hội của phường đã tiếp nhận hơn 1,2 tỷ đồng. Từ nguồn quỹ, "
                "phường hỗ trợ xây mới 4 nhà ở, sửa chữa 6 nhà cho hộ nghèo, hộ cận nghèo; tặng "
                "210 thẻ bảo hiểm y tế, 150 suất học bổng cho học sinh có hoàn cảnh khó khăn và "
                "hàng trăm suất quà trong các dịp lễ, Tết."
            ),
            (
                "Hiện phường Bắc Hồng Lĩnh còn 38 hộ nghèo và 71 hộ cận nghèo, chủ yếu là hộ có "
                "người già cô đơn, người ốm đau dài ngày, thiếu sức lao động. Vì vậy, bên cạnh hỗ "
                "trợ vật chất, phường chú trọng hỗ trợ sinh kế, giới thiệu việc làm và kết nối vốn "
                "vay ưu đãi cho các hộ còn khả năng lao động."
            ),
            (
                "Phát biểu phát động, ông Dương Văn Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường kêu "
                "gọi mỗi cán bộ, đảng viên, hội viên, doanh nghiệp và người dân tiếp tục phát huy "
                "truyền thống “tương thân tương ái”, “lá lành đùm lá rách”; mỗi người một việc "
                "làm, mỗi tổ chức một phần việc cụ thể để không ai bị bỏ lại phía sau."
            ),
            (
                "Ủy ban MTTQ phường cam kết mọi khoản đóng góp sẽ được quản lý, sử dụng công khai, "
                "minh bạch, đúng mục đích; danh sách ủng hộ được niêm yết tại trụ sở phường, nhà "
                "văn hóa các tổ dân phố và đăng tải trên trang thông tin điện tử của phường."
            ),
        ],
        "photos": [
            "Các cơ quan, doanh nghiệp ủng hộ Quỹ “Vì người nghèo” tại Lễ phát động",
            "Ông Dương Văn Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường phát biểu phát động",
        ],
        "author": "Hải Yến",
        "source": "UBMTTQ P. Bắc Hồng Lĩnh",
    },
    {
        "title": (
            "Phường Bắc Hồng Lĩnh hiệp thương lần thứ ba, lập danh sách chính thức người ứng cử "
            "đại biểu HĐND phường nhiệm kỳ 2026–2031"
        ),
        "section": "mat-tran-doan-the",
        "areas": ["bac-hong-linh"],
        "units": ["mttq-bac-hong-linh"],
        "days_ago": 289,
        "hour": 17,
        "minute": 0,
        "featured": False,
        "sapo": (
            "Chiều ngày 5/2, Ban Thường trực Ủy ban MTTQ Việt Nam phường Bắc Hồng Lĩnh tổ chức Hội "
            "nghị hiệp thương lần thứ ba để lựa chọn, lập danh sách những người đủ tiêu chuẩn ứng "
            "cử đại biểu HĐND phường nhiệm kỳ 2026–2031."
        ),
        "paragraphs": [
            (
                "Hội nghị có sự tham dự của đại diện Ủy ban bầu cử phường, các vị Ủy viên Ủy ban "
                "MTTQ phường, đại diện các tổ chức thành viên và Ban công tác Mặt trận các tổ dân "
                "phố. Trước đó, những người được giới thiệu ứng cử đã được lấy ý kiến nhận xét, "
                "tín nhiệm của cử tri nơi cư trú và nơi công tác theo đúng quy định của pháp luật."
            ),
            (
                "Trên cơ sở kết quả lấy ý kiến cử tri, Hội nghị đã thảo luận dân chủ, thống nhất "
                "lập danh sách chính thức 42 người đủ tiêu chuẩn ứng cử để bầu 25 đại biểu HĐND "
                "phường tại 7 đơn vị bầu cử. Cơ cấu danh sách bảo đảm hài hòa giữa các thành phần: "
                "15 người là phụ nữ (chiếm 35,7%), 10 người ngoài Đảng (23,8%) và 9 người dưới 40 "
                "tuổi (21,4%)."
            ),
            (
                "Ông Dương Văn Hạnh, Chủ tịch Ủy ban MTTQ Việt Nam phường cho biết, công tác hiệp "
                "thương được thực hiện chặt chẽ, đúng quy trình, dân chủ, công khai. Danh sách "
                "chính thức sẽ được gửi đến Ủy ban bầu cử phường để lập và niêm yết tại các khu "
                "vực bỏ phiếu theo đúng thời gian quy định."
            ),
            (
                "Hội nghị cũng đề nghị các tổ chức thành viên của Mặt trận đẩy mạnh tuyên truyền "
                "về ý nghĩa của cuộc bầu cử, vận động cử tri tìm hiểu tiểu sử, chương trình hành "
                "động của người ứng cử và đi bầu cử đầy đủ vào ngày 15/3/2026."
            ),
        ],
        "photos": ["Quang cảnh Hội nghị hiệp thương lần thứ ba"],
        "author": "Hải Yến",
        "source": "UBMTTQ P. Bắc Hồng Lĩnh",
    },
    {
        "title": (
            "Ban công tác Mặt trận Tổ dân phố Trung Hưng – điểm sáng trong cuộc vận động xây dựng "
            "đô thị văn minh"
        ),
        "section": "mat-tran-doan-the",
        "areas": ["bac-hong", "tdp-trung-hung"],
        "units": ["mttq-bac-hong"],
        "days_ago": 74,
        "hour": 10,
        "minute": 20,
        "featured": False,
        "sapo": (
            "Với cách làm sáng tạo, gần dân, Ban công tác Mặt trận Tổ dân phố Trung Hưng (phường "
            "Bắc Hồng) đã trở thành cầu nối tin cậy giữa Nhân dân với cấp ủy, chính quyền, góp "
            "phần đưa Trung Hưng trở thành một trong những tổ dân phố dẫn đầu phong trào của "
            "phường."
        ),
        "paragraphs": [
            (
                "Tổ dân phố Trung Hưng có 386 hộ với hơn 1.400 nhân khẩu. Ban công tác Mặt trận "
                "gồm 9 thành viên là đại diện các chi hội đoàn thể và những người có uy tín trong "
                "cộng đồng. Mỗi thành viên được phân công theo dõi một cụm dân cư, nắm bắt tâm tư, "
                "nguyện vọng của bà con để phản ánh kịp thời với chi bộ và phường."
            ),
            (
                "Hằng quý, Ban công tác Mặt trận duy trì “Ngày thứ Bảy lắng nghe” tại nhà văn hóa "
                "để người dân trực tiếp góp ý về các vấn đề của khu dân cư. Nhiều kiến nghị như "
                "lắp gương cầu lồi tại các ngã ba khuất tầm nhìn, bố trí lại điểm tập kết rác, nạo "
                "vét rãnh thoát nước đã được giải quyết dứt điểm nhờ sự phối hợp kịp thời giữa tổ "
                "dân phố và phường."
            ),
            (
                "Trong thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị "
                "văn minh”, Trung Hưng đi đầu với mô hình “Ngõ xanh – sạch – sáng”. Đến nay, 6/6 "
                "ngõ phố đã được trồng hoa, lắp đèn chiếu sáng; 100% hộ gia đình ký cam kết không "
                "xả rác bừa bãi, không lấn chiếm vỉa hè."
            ),
            (
                "Bà Vũ Thị Minh, Trưởng Ban công tác Mặt trận Tổ dân phố Trung Hưng chia sẻ: “Làm "
                "công tác Mặt trận ở cơ sở không có bí quyết gì ngoài sự chân thành. Mình nói được "
                "thì phải làm được; việc gì cũng bàn bạc công khai với bà con thì bà con sẽ tin và "
                "ủng hộ”."
            ),
        ],
        "photos": [
            "Ban công tác Mặt trận Tổ dân phố Trung Hưng lắng nghe ý kiến người dân",
            "Một ngõ phố trong mô hình “Ngõ xanh – sạch – sáng” ở Tổ dân phố Trung Hưng",
        ],
        "author": "Phương Thảo",
        "source": "UBMTTQ P. Bắc Hồng",
    },
    # -------- Quốc phòng – An ninh --------
    {
        "title": (
            "Phường Bắc Hồng tổ chức Lễ giao nhận quân năm 2026: 27 thanh niên lên đường nhập ngũ"
        ),
        "section": "quoc-phong-an-ninh",
        "areas": ["bac-hong", "tdp-trung-hung"],
        "units": ["bchqs-bac-hong", "ubnd-bac-hong", "ca-bac-hong"],
        "days_ago": 262,
        "hour": 11,
        "minute": 30,
        "featured": True,
        "sapo": (
            "Sáng ngày 4/3, phường Bắc Hồng long trọng tổ chức Lễ giao nhận quân năm 2026. 27 "
            "thanh niên ưu tú của phường đã lên đường thực hiện nghĩa vụ quân sự và nghĩa vụ tham "
            "gia Công an nhân dân, đạt 100% chỉ tiêu được giao."
        ),
        "paragraphs": [
            (
                "Trong số 27 tân binh, có 24 công dân nhập ngũ vào Quân đội và 3 công dân thực "
                "hiện nghĩa vụ tham gia Công an nhân dân; 9 công dân có trình độ cao đẳng, đại "
                "học; 6 công dân là đoàn viên ưu tú đã được học lớp bồi dưỡng nhận thức về Đảng. "
                "Toàn bộ tân binh đều bảo đảm tiêu chuẩn về chính trị, sức khỏe, văn hóa theo quy "
                "định."
            ),
            (
                "Phát biểu tại buổi lễ, đồng chí Võ Đình Quang, Chủ tịch UBND phường, Chủ tịch Hội "
                "đồng nghĩa vụ quân sự phường biểu dương tinh thần tự giác của các tân binh và gia "
                "đình. Đồng chí mong muốn các tân binh luôn giữ vững ý chí, quyết tâm, nghiêm "
                "chỉnh chấp hành kỷ luật, hoàn thành tốt nhiệm vụ được giao, xứng đáng với truyền "
                "thống quê hương Bắc Hồng."
            ),
            (
                "Thay mặt các tân binh, công dân Lê Hoàng Nam (Tổ dân phố Trung Hưng), tốt nghiệp "
                "đại học ngành công nghệ thông tin, hứa sẽ không ngừng học tập, rèn luyện, phấn "
                "đấu trở thành người quân nhân cách mạng và sớm được đứng vào hàng ngũ của Đảng."
            ),
            (
                "Trước đó, phường đã tổ chức gặp mặt, tặng quà cho các tân binh; các tổ dân phố, "
                "đoàn thể đến thăm hỏi, động viên gia đình có con em lên đường nhập ngũ. Tại buổi "
                "lễ, UBND phường trao tặng mỗi tân binh 2 triệu đồng; các doanh nghiệp trên địa "
                "bàn tặng thêm quà lưu niệm."
            ),
        ],
        "photos": [
            "Các tân binh phường Bắc Hồng tại Lễ giao nhận quân",
            "Lãnh đạo phường tặng hoa, động viên tân binh trước giờ lên đường",
            "Người thân tiễn tân binh lên đường nhập ngũ",
        ],
        "author": "Đức Trung",
        "source": "Ban CHQS P. Bắc Hồng",
    },
    {
        "title": (
            "Công an phường Bắc Hồng nhân rộng mô hình “Camera an ninh khu dân cư” ra 14 tổ dân phố"
        ),
        "section": "quoc-phong-an-ninh",
        "areas": ["bac-hong", "tdp-bac-son"],
        "units": ["ca-bac-hong"],
        "days_ago": 180,
        "hour": 16,
        "minute": 30,
        "featured": False,
        "sapo": (
            "Từ thành công của mô hình thí điểm tại Tổ dân phố Bắc Sơn, Công an phường Bắc Hồng đã "
            "phối hợp với các tổ dân phố vận động người dân lắp đặt 212 camera an ninh tại các "
            "tuyến đường, ngõ xóm và nút giao thông trọng điểm."
        ),
        "paragraphs": [
            (
                "Mô hình “Camera an ninh khu dân cư” được triển khai lần đầu tại Tổ dân phố Bắc "
                "Sơn từ năm 2024 theo phương thức xã hội hóa: người dân tự nguyện đóng góp kinh "
                "phí hoặc lắp camera tại nhà mình hướng ra đường, chia sẻ quyền truy cập hình ảnh "
                "cho lực lượng công an. Chỉ sau một thời gian ngắn, tình trạng trộm cắp vặt, đổ "
                "trộm rác thải ở khu vực giảm rõ rệt."
            ),
            (
                "Đến nay, toàn phường đã có 212 camera an ninh tại 14/14 tổ dân phố, trong đó 68 "
                "camera được kết nối về phòng giám sát của Công an phường. Hệ thống đã hỗ trợ lực "
                "lượng chức năng truy xét, làm rõ 7 vụ trộm cắp tài sản, 3 vụ tai nạn giao thông "
                "mà người gây tai nạn bỏ trốn, đồng thời phát hiện nhiều trường hợp vi phạm trật "
                "tự đô thị."
            ),
            (
                "Thiếu tá Đinh Công Thành, Trưởng Công an phường Bắc Hồng cho biết, camera an ninh "
                "được ví như “đôi mắt” của khu dân cư. Quan trọng hơn, mô hình đã nâng cao ý thức "
                "tự phòng, tự quản, tự bảo vệ của người dân, gắn với phong trào “Toàn dân bảo vệ "
                "an ninh Tổ quốc”. Công an phường cũng hướng dẫn các hộ quản lý, sử dụng hình ảnh "
                "đúng quy định, bảo đảm quyền riêng tư của công dân."
            ),
            (
                "Thời gian tới, Công an phường sẽ phối hợp với UBND phường đề xuất đầu tư hệ thống "
                "camera tại các trục đường chính, kết nối với Trung tâm giám sát, điều hành đô thị "
                "thông minh của tỉnh khi đủ điều kiện."
            ),
        ],
        "photos": [
            (
                "Cán bộ Công an phường Bắc Hồng kiểm tra hệ thống camera an ninh tại Tổ dân phố "
                "Bắc Sơn"
            ),
        ],
        "author": "Quỳnh Như",
        "source": "Công an P. Bắc Hồng",
    },
    {
        "title": (
            "Lực lượng bảo vệ an ninh, trật tự ở cơ sở phường Nam Hồng tăng cường tuần tra dịp Tết "
            "Nguyên đán Bính Ngọ 2026"
        ),
        "section": "quoc-phong-an-ninh",
        "areas": ["nam-hong", "kp-ben-do"],
        "units": ["ubnd-nam-hong"],
        "days_ago": 297,
        "hour": 21,
        "minute": 10,
        "featured": False,
        "sapo": (
            "Thực hiện đợt cao điểm tấn công, trấn áp tội phạm, bảo đảm an ninh, trật tự dịp Tết "
            "Nguyên đán Bính Ngọ 2026, Công an phường Nam Hồng phối hợp với lực lượng tham gia bảo "
            "vệ an ninh, trật tự ở cơ sở tổ chức tuần tra ban đêm tại các khu phố."
        ),
        "paragraphs": [
            (
                "Tối ngày 28/1, các tổ công tác đã đồng loạt ra quân tuần tra tại khu vực chợ Nam "
                "Hồng, bến đò, các tuyến đường ven sông và khu vực trường học. Lực lượng tuần tra "
                "kiểm tra các điểm thanh thiếu niên thường tụ tập, nhắc nhở hộ kinh doanh cảnh "
                "giác với trộm cắp, phòng chống cháy nổ và tuyên truyền người dân không tàng trữ, "
                "sử dụng pháo nổ trái phép."
            ),
            (
                "Toàn phường hiện có 12 tổ bảo vệ an ninh, trật tự ở cơ sở với 36 thành viên, được "
                "bố trí tại các khu phố. Đây là lực lượng gần dân, sát dân, nắm chắc địa bàn, có "
                "thể phát hiện và báo cáo kịp thời những vụ việc phức tạp ngay từ cơ sở."
            ),
            (
                "Từ đầu tháng 1/2026 đến nay, lực lượng đã phát hiện, phối hợp xử lý 4 vụ gây rối "
                "trật tự công cộng, thu giữ 12 kg pháo các loại; hòa giải thành 6 vụ mâu thuẫn "
                "trong Nhân dân. Công an phường cũng vận động 100% hộ gia đình ở khu vực chợ ký "
                "cam kết không tàng trữ, sử dụng pháo nổ."
            ),
            (
                "Ông Trần Văn Đông, Tổ trưởng Tổ bảo vệ an ninh, trật tự Khu phố Bến Đò chia sẻ: "
                "“Tết là dịp mọi người sum họp, nhà nào cũng mua sắm nhiều, nên anh em chúng tôi "
                "phải tuần tra thường xuyên hơn. Chỉ cần bà con thấy yên tâm là chúng tôi vui rồi”."
            ),
        ],
        "photos": [
            "Lực lượng bảo vệ an ninh, trật tự ở cơ sở phường Nam Hồng tuần tra ban đêm",
            "Tuyên truyền phòng, chống pháo nổ tại chợ Nam Hồng",
        ],
        "author": "Minh Quân",
        "source": "Công an P. Nam Hồng",
    },
    {
        "title": (
            "Phường Bắc Hồng diễn tập chiến đấu phòng thủ kết hợp phòng thủ dân sự năm 2026 đạt "
            "loại Giỏi"
        ),
        "section": "quoc-phong-an-ninh",
        "areas": ["bac-hong", "tdp-bac-son"],
        "units": ["bchqs-bac-hong", "du-bac-hong", "ca-bac-hong"],
        "days_ago": 64,
        "hour": 17,
        "minute": 40,
        "featured": False,
        "sapo": (
            "Từ ngày 16 đến ngày 18/9, phường Bắc Hồng tổ chức diễn tập chiến đấu phòng thủ kết "
            "hợp phòng thủ dân sự năm 2026. Cuộc diễn tập được Bộ Chỉ huy Quân sự tỉnh Hồng Lam "
            "đánh giá hoàn thành tốt mục đích, yêu cầu, đạt loại Giỏi."
        ),
        "paragraphs": [
            (
                "Cuộc diễn tập được tiến hành theo hai giai đoạn: chuyển địa phương từ thời bình "
                "sang thời chiến và thực hành chiến đấu phòng thủ; kết hợp xử trí tình huống sự cố "
                "cháy nổ tại khu dân cư, tìm kiếm cứu nạn khi xảy ra bão lũ. Tham gia diễn tập có "
                "hơn 300 lượt người thuộc các lực lượng dân quân, công an, y tế, đoàn viên thanh "
                "niên và Nhân dân các tổ dân phố."
            ),
            (
                "Trong quá trình diễn tập, Ban Thường vụ Đảng ủy, UBND phường đã vận dụng linh "
                "hoạt các văn kiện, kế hoạch; xử trí kịp thời, sát thực tế các tình huống được "
                "giao. Phần thực binh diễn ra tại khu vực đồi Bắc Sơn; lực lượng dân quân phối hợp "
                "nhịp nhàng, bảo đảm tuyệt đối an toàn về người, vũ khí, trang bị."
            ),
            (
                "Đồng chí Hồ Sỹ Tuấn, Chỉ huy trưởng Ban Chỉ huy Quân sự phường cho biết, đây là "
                "lần đầu tiên phường tổ chức diễn tập kể từ khi vận hành mô hình chính quyền địa "
                "phương hai cấp. Qua diễn tập, cấp ủy, chính quyền phường đã nâng cao năng lực "
                "lãnh đạo, chỉ đạo, điều hành, đồng thời rút ra nhiều kinh nghiệm trong xây dựng "
                "khu vực phòng thủ vững chắc."
            ),
            (
                "Phát biểu bế mạc, đồng chí Nguyễn Hữu Thắng, Bí thư Đảng ủy phường ghi nhận tinh "
                "thần trách nhiệm của các lực lượng tham gia; yêu cầu các cơ quan, đơn vị khắc "
                "phục những hạn chế đã được chỉ ra, bổ sung, hoàn chỉnh các kế hoạch, sẵn sàng ứng "
                "phó chủ động với mọi tình huống."
            ),
        ],
        "photos": [
            "Lực lượng dân quân phường Bắc Hồng thực hành chiến đấu phòng thủ",
            "Diễn tập xử lý tình huống cháy nổ tại khu dân cư",
        ],
        "author": "Đức Trung",
        "source": "Ban CHQS P. Bắc Hồng",
    },
    {
        "title": "Xã Thuận Lộc ra quân huấn luyện dân quân năm 2026",
        "section": "quoc-phong-an-ninh",
        "areas": ["thuan-loc", "thon-yen-hoa", "thon-phuc-loc"],
        "units": ["ubnd-thuan-loc"],
        "days_ago": 242,
        "hour": 9,
        "minute": 30,
        "featured": False,
        "sapo": (
            "Sáng ngày 24/3, Ban Chỉ huy Quân sự xã Thuận Lộc tổ chức Lễ ra quân huấn luyện năm "
            "2026 cho lực lượng dân quân cơ động, dân quân tại chỗ và dân quân thường trực của xã."
        ),
        "paragraphs": [
            (
                "Năm 2026, tổng quân số tham gia huấn luyện là 86 đồng chí, thời gian huấn luyện "
                "từ 12 đến 15 ngày tùy đối tượng theo quy định. Nội dung tập trung vào giáo dục "
                "chính trị, pháp luật; huấn luyện kỹ thuật, chiến thuật bộ binh; điều lệnh đội "
                "ngũ; kỹ năng phòng cháy, chữa cháy, cứu hộ, cứu nạn và ứng phó với thiên tai."
            ),
            (
                "Đồng chí Lương Văn Minh, Chủ tịch UBND xã yêu cầu Ban Chỉ huy Quân sự xã chuẩn bị "
                "chu đáo thao trường, bãi tập, vật chất huấn luyện; huấn luyện sát thực tế địa "
                "bàn, gắn lý thuyết với thực hành, bảo đảm tuyệt đối an toàn. Mỗi cán bộ, chiến sĩ "
                "dân quân cần nêu cao ý thức tự giác, vừa hoàn thành tốt nhiệm vụ huấn luyện, vừa "
                "tích cực tham gia lao động sản xuất, giúp đỡ Nhân dân."
            ),
            (
                "Ngay sau lễ ra quân, lực lượng dân quân đã tham gia nạo vét 1,5 km kênh mương nội "
                "đồng tại thôn Yên Hòa và thôn Phúc Lộc, bảo đảm nước tưới cho gần 60 ha lúa vụ "
                "Xuân. Việc làm thiết thực này góp phần xây dựng hình ảnh đẹp của người chiến sĩ "
                "dân quân trong lòng Nhân dân."
            ),
        ],
        "photos": [
            "Lực lượng dân quân xã Thuận Lộc tại Lễ ra quân huấn luyện",
            "Dân quân giúp Nhân dân nạo vét kênh mương nội đồng",
        ],
        "author": "Văn Tài",
        "source": "UBND xã Thuận Lộc",
    },
    {
        "title": (
            "Phường Bắc Hồng Lĩnh tăng cường tuyên truyền phòng, chống lừa đảo trên không gian mạng"
        ),
        "section": "quoc-phong-an-ninh",
        "areas": ["bac-hong-linh", "tdp-thuan-hoa"],
        "units": ["ubnd-bac-hong-linh", "mttq-bac-hong-linh"],
        "days_ago": 50,
        "hour": 15,
        "minute": 50,
        "featured": False,
        "sapo": (
            "Trước tình trạng các đối tượng lợi dụng mạng xã hội, giả danh cơ quan chức năng để "
            "lừa đảo chiếm đoạt tài sản, Công an phường Bắc Hồng Lĩnh đã tổ chức nhiều buổi tuyên "
            "truyền, giúp người dân nhận diện các thủ đoạn mới."
        ),
        "paragraphs": [
            (
                "Trong tháng 9/2026, Công an phường đã phối hợp với Ủy ban MTTQ và các đoàn thể tổ "
                "chức 8 buổi tuyên truyền tại các tổ dân phố, trường học, thu hút hơn 900 người "
                "tham dự. Cán bộ công an đã phân tích những thủ đoạn phổ biến như giả danh công an "
                "gọi điện yêu cầu cập nhật thông tin định danh điện tử, mời tham gia “việc nhẹ "
                "lương cao”, rủ rê đầu tư tiền ảo hay gửi đường link giả mạo để chiếm đoạt tài "
                "khoản ngân hàng."
            ),
            (
                "Đáng chú ý, thời gian gần đây trên địa bàn đã xảy ra 3 vụ người dân bị lừa đảo "
                "với tổng số tiền gần 400 triệu đồng. Trong đó, một người dân ở Tổ dân phố Thuận "
                "Hòa bị đối tượng giả danh nhân viên điện lực gọi điện thông báo nợ tiền điện, yêu "
                "cầu cài đặt ứng dụng lạ rồi chiếm quyền điều khiển điện thoại."
            ),
            (
                "Công an phường khuyến cáo người dân tuyệt đối không cung cấp mã OTP, mật khẩu; "
                "không cài đặt ứng dụng không rõ nguồn gốc và không chuyển tiền theo yêu cầu của "
                "người lạ. Cơ quan công an không làm việc qua điện thoại và không bao giờ yêu cầu "
                "người dân chuyển tiền; khi có nghi vấn, người dân cần liên hệ ngay với Công an "
                "phường để được hướng dẫn."
            ),
            (
                "Cùng với các buổi tuyên truyền trực tiếp, phường đã biên soạn tờ rơi, video ngắn "
                "và phát trên hệ thống loa truyền thanh, nhóm Zalo của các tổ dân phố, giúp thông "
                "tin đến được với nhiều người dân, nhất là người cao tuổi."
            ),
        ],
        "photos": [
            (
                "Cán bộ Công an phường Bắc Hồng Lĩnh tuyên truyền phòng, chống lừa đảo trực tuyến "
                "tại Tổ dân phố Thuận Hòa"
            ),
        ],
        "author": "Hải Yến",
        "source": "Công an P. Bắc Hồng Lĩnh",
    },
    {
        "title": "Phường Bắc Hồng tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2026",
        "section": "quoc-phong-an-ninh",
        "areas": ["bac-hong", "tdp-bac-son"],
        "units": ["ca-bac-hong", "ubnd-bac-hong"],
        "days_ago": 101,
        "hour": 10,
        "minute": 0,
        "featured": False,
        "sapo": (
            "Hướng tới kỷ niệm 81 năm Ngày truyền thống Công an nhân dân (19/8/1945 – 19/8/2026) "
            "và 21 năm Ngày hội toàn dân bảo vệ an ninh Tổ quốc (19/8/2005 – 19/8/2026), sáng ngày "
            "12/8, phường Bắc Hồng tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm 2026 tại "
            "Tổ dân phố Bắc Sơn."
        ),
        "paragraphs": [
            (
                "Báo cáo tại Ngày hội cho biết, thời gian qua, phong trào “Toàn dân bảo vệ an ninh "
                "Tổ quốc” trên địa bàn phường phát triển cả về chiều rộng và chiều sâu. Toàn "
                "phường duy trì hiệu quả 22 mô hình tự quản về an ninh, trật tự, trong đó có các "
                "mô hình “Camera an ninh khu dân cư”, “Tổ dân phố không có tội phạm và tệ nạn xã "
                "hội”, “Cổng trường an toàn giao thông”. Nhân dân đã cung cấp cho cơ quan công an "
                "hơn 60 nguồn tin có giá trị, giúp phát hiện, xử lý nhiều vụ việc."
            ),
            (
                "Tại Ngày hội, Công an phường đã tuyên truyền các quy định mới của pháp luật về cư "
                "trú, định danh điện tử, phòng cháy, chữa cháy; hướng dẫn người dân cách xử lý khi "
                "xảy ra cháy tại nhà ở, nhà ở kết hợp kinh doanh. Nhiều gian trưng bày hình ảnh, "
                "mô hình tiêu biểu của các tổ dân phố thu hút đông đảo người dân tham quan."
            ),
            (
                "Phát biểu tại Ngày hội, đồng chí Võ Đình Quang, Chủ tịch UBND phường đề nghị các "
                "cơ quan, đoàn thể tiếp tục đổi mới nội dung, hình thức xây dựng phong trào; phát "
                "huy vai trò của lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; mỗi người dân "
                "hãy là “tai mắt” của lực lượng công an để giữ bình yên cho từng khu phố."
            ),
            (
                "Dịp này, UBND phường đã khen thưởng 5 tập thể, 14 cá nhân có thành tích xuất sắc "
                "trong phong trào toàn dân bảo vệ an ninh Tổ quốc. Ngày hội khép lại với phần thi "
                "tìm hiểu pháp luật và các trò chơi dân gian do các tổ dân phố tổ chức."
            ),
        ],
        "photos": [
            "Quang cảnh Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại Tổ dân phố Bắc Sơn",
            "Công an phường hướng dẫn người dân kỹ năng thoát nạn khi xảy ra cháy",
        ],
        "author": "Quỳnh Như",
        "source": "Công an P. Bắc Hồng",
    },
    # -------- Văn hóa – Xã hội --------
    {
        "title": "Hơn 4.300 học sinh phường Bắc Hồng hân hoan khai giảng năm học 2026–2027",
        "section": "van-hoa-xa-hoi",
        "areas": ["bac-hong"],
        "units": ["ubnd-bac-hong", "du-bac-hong"],
        "days_ago": 77,
        "hour": 10,
        "minute": 20,
        "featured": True,
        "sapo": (
            "Sáng ngày 5/9, cùng với học sinh cả nước, hơn 4.300 học sinh của 6 trường học trên "
            "địa bàn phường Bắc Hồng đã tưng bừng dự Lễ khai giảng năm học mới 2026–2027."
        ),
        "paragraphs": [
            (
                "Năm học 2026–2027, phường Bắc Hồng có 2 trường mầm non, 2 trường tiểu học và 2 "
                "trường trung học cơ sở với tổng số 4.326 học sinh, tăng 118 em so với năm học "
                "trước. Trước thềm năm học mới, các trường đã hoàn thành sửa chữa phòng học, bổ "
                "sung bàn ghế, thiết bị dạy học; Trường Tiểu học Bắc Hồng đưa vào sử dụng khu nhà "
                "học bộ môn 3 tầng với 12 phòng học chức năng."
            ),
            (
                "Tại Lễ khai giảng, các trường đã đọc thư của Chủ tịch nước gửi ngành Giáo dục "
                "nhân dịp năm học mới, ôn lại truyền thống và biểu dương những thành tích nổi bật "
                "của năm học trước. Năm học 2025–2026, phường có 31 học sinh đạt giải cấp tỉnh; "
                "100% học sinh lớp 9 được công nhận tốt nghiệp trung học cơ sở; tỷ lệ học sinh "
                "trúng tuyển vào lớp 10 công lập đạt 86,4%."
            ),
            (
                "Dự khai giảng tại Trường Trung học cơ sở Bắc Hồng, đồng chí Nguyễn Hữu Thắng, Bí "
                "thư Đảng ủy phường đã đánh trống khai trường và chúc các thầy cô giáo, các em học "
                "sinh một năm học mới thành công. Đồng chí đề nghị nhà trường tiếp tục đổi mới "
                "phương pháp dạy học, đẩy mạnh ứng dụng công nghệ thông tin, chú trọng giáo dục kỹ "
                "năng sống và bảo đảm an toàn trường học."
            ),
            (
                "Nhân dịp này, lãnh đạo phường, Hội Khuyến học và các nhà hảo tâm đã trao 85 suất "
                "học bổng, mỗi suất trị giá 1 triệu đồng, cho học sinh nghèo vượt khó, học giỏi. "
                "Trong năm học mới, phường tiếp tục đầu tư xây dựng thêm 8 phòng học cho Trường "
                "Mầm non Bắc Hồng để đáp ứng nhu cầu gửi trẻ ngày càng tăng."
            ),
        ],
        "photos": [
            "Học sinh Trường Tiểu học Bắc Hồng trong ngày khai giảng",
            "Đồng chí Nguyễn Hữu Thắng, Bí thư Đảng ủy phường đánh trống khai giảng năm học mới",
            "Trao học bổng cho học sinh nghèo vượt khó",
        ],
        "author": "Phương Thảo",
        "source": "UBND P. Bắc Hồng",
    },
    {
        "title": "Phường Nam Hồng nỗ lực đưa tỷ lệ người dân tham gia bảo hiểm y tế vượt 95%",
        "section": "van-hoa-xa-hoi",
        "areas": ["nam-hong", "kp-nam-son"],
        "units": ["ubnd-nam-hong"],
        "days_ago": 226,
        "hour": 14,
        "minute": 20,
        "featured": False,
        "sapo": (
            "Bằng nhiều giải pháp đồng bộ, đến hết quý I/2026, tỷ lệ người dân tham gia bảo hiểm y "
            "tế trên địa bàn phường Nam Hồng đạt 94,1%. Phường đặt mục tiêu đến cuối năm đạt trên "
            "95%."
        ),
        "paragraphs": [
            (
                "Theo rà soát của UBND phường, hiện còn khoảng 900 người chưa tham gia bảo hiểm y "
                "tế, chủ yếu là lao động tự do, người buôn bán nhỏ và một số hộ gia đình có thu "
                "nhập thấp. Nhiều người vẫn còn tâm lý chỉ mua thẻ khi ốm đau, chưa thấy hết ý "
                "nghĩa chia sẻ rủi ro của chính sách bảo hiểm y tế."
            ),
            (
                "Để khắc phục, phường thành lập tổ vận động tại 12 khu phố, phối hợp với đại lý "
                "thu bảo hiểm đến từng hộ gia đình tư vấn, hướng dẫn. Hội Phụ nữ, Hội Cựu chiến "
                "binh và Đoàn Thanh niên phường phát động phong trào “Tặng thẻ bảo hiểm y tế cho "
                "người khó khăn”; từ đầu năm đến nay đã vận động tặng 86 thẻ cho người thuộc hộ "
                "cận nghèo, người có hoàn cảnh đặc biệt."
            ),
            (
                "Ông Lê Văn Đức, 58 tuổi, Khu phố Nam Sơn, người vừa mua thẻ bảo hiểm y tế hộ gia "
                "đình cho 4 thành viên, chia sẻ: “Năm ngoái tôi phải mổ ruột thừa, may có thẻ nên "
                "chỉ phải trả một phần nhỏ chi phí. Giờ tôi mua cho cả nhà, vừa yên tâm, vừa được "
                "giảm mức đóng từ người thứ hai”."
            ),
            (
                "Đồng chí Thái Văn Lực, Phó Chủ tịch UBND phường Nam Hồng cho biết, phường đã đưa "
                "chỉ tiêu phát triển người tham gia bảo hiểm y tế vào tiêu chí bình xét khu phố "
                "văn hóa, đồng thời khuyến khích người dân gia hạn thẻ trực tuyến qua ứng dụng "
                "VssID và Cổng Dịch vụ công quốc gia để tiết kiệm thời gian."
            ),
        ],
        "photos": ["Tổ vận động tư vấn chính sách bảo hiểm y tế cho người dân Khu phố Nam Sơn"],
        "author": "Minh Quân",
        "source": "UBND P. Nam Hồng",
    },
    {
        "title": (
            "Phường Đậu Liêu trao 320 suất quà Tết cho hộ nghèo, gia đình chính sách dịp Xuân Ất "
            "Tỵ 2025"
        ),
        "section": "van-hoa-xa-hoi",
        "areas": ["dau-lieu"],
        "units": ["du-dau-lieu"],
        "days_ago": 670,
        "hour": 16,
        "minute": 15,
        "featured": False,
        "sapo": (
            "Ngày 20/1, UBND phường Đậu Liêu phối hợp với Ủy ban MTTQ phường tổ chức chương trình "
            "“Tết vì người nghèo” Xuân Ất Tỵ 2025, trao 320 suất quà cho hộ nghèo, hộ cận nghèo, "
            "gia đình chính sách và người có hoàn cảnh khó khăn."
        ),
        "paragraphs": [
            (
                "Mỗi suất quà gồm tiền mặt, gạo, bánh chưng và nhu yếu phẩm, tổng trị giá hơn 250 "
                "triệu đồng. Nguồn kinh phí được trích từ ngân sách phường, Quỹ “Vì người nghèo” "
                "và sự đóng góp của doanh nghiệp, con em quê hương làm ăn xa, trong đó có các cơ "
                "sở sản xuất hương ở Tổ dân phố Đông Liêu."
            ),
            (
                "Bên cạnh trao quà tập trung, lãnh đạo phường đã đến tận nhà thăm hỏi, chúc Tết "
                "các gia đình chính sách tiêu biểu, người có công với cách mạng và các cụ cao tuổi "
                "neo đơn. Đoàn Thanh niên phường tổ chức “Phiên chợ 0 đồng”, tặng quần áo ấm, đồ "
                "dùng học tập cho trẻ em có hoàn cảnh khó khăn."
            ),
            (
                "Bà Trần Thị Mỹ Linh, Chủ tịch UBND phường Đậu Liêu cho biết: “Với mong muốn nhà "
                "nhà đều có Tết, phường đã rà soát kỹ danh sách, bảo đảm quà đến đúng người, đúng "
                "đối tượng. Mỗi phần quà tuy không lớn nhưng thể hiện sự quan tâm, sẻ chia của cấp "
                "ủy, chính quyền và cộng đồng”."
            ),
            (
                "Cũng trong dịp này, phường tổ chức viết thư pháp, gói bánh chưng tặng người nghèo "
                "và trang trí cờ, hoa trên các tuyến đường chính, tạo không khí vui tươi, phấn "
                "khởi đón Xuân mới. Đây là năm thứ năm liên tiếp phường duy trì chương trình “Tết "
                "vì người nghèo” vào dịp cuối năm."
            ),
        ],
        "photos": [
            "Lãnh đạo phường Đậu Liêu trao quà Tết cho hộ nghèo",
            "“Phiên chợ 0 đồng” do Đoàn Thanh niên phường Đậu Liêu tổ chức",
        ],
        "author": "Thu Hằng",
        "source": "UBND P. Đậu Liêu",
    },
    {
        "title": (
            "Sôi nổi Lễ hội Văn hóa – Thể thao mừng Đảng, mừng Xuân Bính Ngọ 2026 ở phường Bắc "
            "Hồng Lĩnh"
        ),
        "section": "van-hoa-xa-hoi",
        "areas": ["bac-hong-linh", "tdp-dong-lieu", "tdp-thuan-hoa"],
        "units": ["ubnd-bac-hong-linh"],
        "days_ago": 271,
        "hour": 18,
        "minute": 0,
        "featured": False,
        "sapo": (
            "Trong hai ngày mùng 6 và mùng 7 Tết Bính Ngọ (22–23/2), phường Bắc Hồng Lĩnh tổ chức "
            "Lễ hội Văn hóa – Thể thao mừng Đảng, mừng Xuân năm 2026, thu hút hàng nghìn lượt "
            "người dân và du khách tham gia."
        ),
        "paragraphs": [
            (
                "Đây là lần đầu tiên lễ hội được tổ chức với quy mô toàn phường sau khi sáp nhập, "
                "quy tụ các đội văn nghệ, thể thao của 21 tổ dân phố. Chương trình gồm nhiều nội "
                "dung phong phú như thi đấu bóng chuyền nam, kéo co, đẩy gậy, cờ tướng; hội thi "
                "gói bánh chưng; đêm giao lưu văn nghệ và trưng bày sản phẩm làng nghề hương, mộc "
                "truyền thống."
            ),
            (
                "Điểm nhấn của lễ hội là màn diễu hành của các đội văn nghệ trong trang phục "
                "truyền thống và phần thi “Nét đẹp làng nghề”, tái hiện công đoạn se hương, phơi "
                "hương của người dân Đông Liêu. Nhiều du khách thích thú khi được tự tay se những "
                "que hương và chụp ảnh bên những bó chân hương xòe tròn rực rỡ như những bông hoa."
            ),
            (
                "Bà Lê Thị Thu Trang, Phó Chủ tịch UBND phường, Trưởng Ban tổ chức lễ hội cho "
                "biết, lễ hội không chỉ đáp ứng nhu cầu vui chơi, giải trí của Nhân dân dịp đầu "
                "Xuân mà còn là dịp để người dân hai phường cũ giao lưu, gắn bó, cùng chung sức "
                "xây dựng phường Bắc Hồng Lĩnh ngày càng giàu đẹp, văn minh."
            ),
            (
                "Kết thúc lễ hội, Ban tổ chức đã trao giải cho các đội đạt thành tích cao. Tổ dân "
                "phố Đông Liêu giành giải Nhất toàn đoàn; Tổ dân phố Thuận Hòa đạt giải Nhì."
            ),
        ],
        "photos": [
            "Thi kéo co tại Lễ hội Văn hóa – Thể thao mừng Xuân Bính Ngọ 2026",
            "Du khách trải nghiệm se hương tại gian trưng bày làng nghề Đông Liêu",
        ],
        "author": "Hải Yến",
        "source": "UBND P. Bắc Hồng Lĩnh",
    },
    {
        "title": (
            "Xã Thuận Lộc khai mạc Giải bóng chuyền hơi chào mừng 81 năm Cách mạng tháng Tám và "
            "Quốc khánh 2/9"
        ),
        "section": "van-hoa-xa-hoi",
        "areas": ["thuan-loc", "thon-yen-hoa", "thon-phuc-loc"],
        "units": ["ubnd-thuan-loc"],
        "days_ago": 86,
        "hour": 21,
        "minute": 30,
        "featured": False,
        "sapo": (
            "Tối ngày 27/8, tại sân vận động trung tâm xã, UBND xã Thuận Lộc khai mạc Giải bóng "
            "chuyền hơi năm 2026 chào mừng kỷ niệm 81 năm Cách mạng tháng Tám thành công "
            "(19/8/1945 – 19/8/2026) và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam "
            "(2/9/1945 – 2/9/2026)."
        ),
        "paragraphs": [
            (
                "Giải có 16 đội đến từ 8 thôn tham gia, thi đấu ở hai nội dung nam và nữ với hơn "
                "180 vận động viên. Các trận đấu diễn ra vào buổi tối từ ngày 27/8 đến ngày 31/8 "
                "để người dân thuận tiện theo dõi, cổ vũ."
            ),
            (
                "Bóng chuyền hơi là môn thể thao được đông đảo người dân Thuận Lộc, nhất là người "
                "trung niên và cao tuổi, yêu thích. Hiện mỗi thôn trong xã đều có ít nhất một câu "
                "lạc bộ bóng chuyền hơi duy trì tập luyện thường xuyên, góp phần nâng cao sức "
                "khỏe, gắn kết cộng đồng."
            ),
            (
                "Phát biểu khai mạc, đồng chí Lương Văn Minh, Chủ tịch UBND xã mong muốn các vận "
                "động viên thi đấu trung thực, đoàn kết, cao thượng; qua đó tiếp tục lan tỏa cuộc "
                "vận động “Toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”, góp phần xây "
                "dựng đời sống văn hóa ở khu dân cư."
            ),
            (
                "Giải do UBND xã phối hợp với Đoàn Thanh niên và Hội Người cao tuổi xã tổ chức, "
                "tổng giá trị giải thưởng hơn 20 triệu đồng từ nguồn xã hội hóa. Lễ bế mạc và trao "
                "giải dự kiến diễn ra vào tối ngày 31/8."
            ),
        ],
        "photos": ["Trận đấu khai mạc giữa đội nữ thôn Yên Hòa và đội nữ thôn Phúc Lộc"],
        "author": "Văn Tài",
        "source": "UBND xã Thuận Lộc",
    },
    {
        "title": (
            "Phường Bắc Hồng thăm, tặng quà người có công nhân kỷ niệm 79 năm Ngày Thương binh – "
            "Liệt sĩ"
        ),
        "section": "van-hoa-xa-hoi",
        "areas": ["bac-hong", "tdp-trung-hung"],
        "units": ["du-bac-hong", "ubnd-bac-hong", "dtn-bac-hong"],
        "days_ago": 120,
        "hour": 11,
        "minute": 10,
        "featured": False,
        "sapo": (
            "Nhân kỷ niệm 79 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2026), các đoàn công "
            "tác của phường Bắc Hồng đã đến thăm, tặng quà các gia đình chính sách, người có công "
            "với cách mạng trên địa bàn."
        ),
        "paragraphs": [
            (
                "Năm nay, phường trao tặng 246 suất quà với tổng trị giá hơn 180 triệu đồng từ "
                "ngân sách phường và nguồn vận động xã hội hóa. Cùng với quà của Chủ tịch nước và "
                "của tỉnh, mỗi gia đình thân nhân liệt sĩ, thương binh, bệnh binh và người có công "
                "đều nhận được sự thăm hỏi, động viên kịp thời."
            ),
            (
                "Tại nhà bà Nguyễn Thị Điểm, thân nhân liệt sĩ ở Tổ dân phố Trung Hưng, đồng chí "
                "Nguyễn Hữu Thắng, Bí thư Đảng ủy phường ân cần hỏi thăm sức khỏe, đời sống của "
                "gia đình, bày tỏ lòng biết ơn sâu sắc trước những hy sinh, mất mát mà gia đình đã "
                "trải qua; chúc bà luôn mạnh khỏe, là chỗ dựa tinh thần cho con cháu."
            ),
            (
                "Trước đó, Đoàn Thanh niên phường đã tổ chức dọn vệ sinh, thắp nến tri ân tại "
                "Nghĩa trang liệt sĩ phường; Trạm Y tế phường phối hợp với các bác sĩ tình nguyện "
                "khám sức khỏe, cấp thuốc miễn phí cho 150 người có công và thân nhân. Phường cũng "
                "hoàn thành sửa chữa 2 ngôi nhà cho gia đình người có công gặp khó khăn về nhà ở."
            ),
            (
                "Hiện phường Bắc Hồng có 318 người có công và thân nhân đang hưởng trợ cấp ưu đãi "
                "hằng tháng; 100% gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung "
                "bình của người dân nơi cư trú. 100% đối tượng chính sách đã được cấp thẻ bảo hiểm "
                "y tế theo quy định."
            ),
        ],
        "photos": [
            (
                "Đồng chí Nguyễn Hữu Thắng, Bí thư Đảng ủy phường thăm, tặng quà gia đình bà "
                "Nguyễn Thị Điểm"
            ),
            "Đoàn viên thanh niên thắp nến tri ân tại Nghĩa trang liệt sĩ phường",
        ],
        "author": "Ngọc Ánh",
        "source": "UBND P. Bắc Hồng",
    },
    {
        "title": (
            "Phường Bắc Hồng ra quân tổng vệ sinh môi trường, phòng chống dịch bệnh sau mưa lũ"
        ),
        "section": "van-hoa-xa-hoi",
        "areas": ["bac-hong", "tdp-bac-son"],
        "units": ["ubnd-bac-hong", "dtn-bac-hong", "mttq-bac-hong"],
        "days_ago": 383,
        "hour": 18,
        "minute": 40,
        "featured": False,
        "sapo": (
            "Ngay sau khi nước rút, sáng ngày 3/11, phường Bắc Hồng huy động hơn 500 cán bộ, chiến "
            "sĩ, đoàn viên, hội viên và người dân ra quân tổng vệ sinh môi trường, khắc phục hậu "
            "quả đợt mưa lũ cuối tháng 10."
        ),
        "paragraphs": [
            (
                "Đợt mưa lớn kéo dài từ ngày 27 đến ngày 31/10 đã khiến nhiều khu vực trũng thấp "
                "ven Hồng Giang và Tổ dân phố Bắc Sơn bị ngập sâu từ 0,5 đến 1 m; hơn 120 hộ dân "
                "bị nước tràn vào nhà, nhiều tuyến đường bị bùn đất, rác thải bồi lấp. Nhờ sơ tán "
                "kịp thời, trên địa bàn không có thiệt hại về người."
            ),
            (
                "Các lực lượng đã tập trung dọn bùn đất, thu gom rác thải, cây đổ; khơi thông cống "
                "rãnh; giúp các hộ gia đình, nhất là người già neo đơn, lau dọn nhà cửa, di chuyển "
                "đồ đạc. Trạm Y tế phường cấp phát hơn 300 kg Cloramin B, hướng dẫn người dân xử "
                "lý nước sinh hoạt và phun khử khuẩn tại các khu vực bị ngập."
            ),
            (
                "Bà Đặng Thị Hồng Nhung, Phó Chủ tịch UBND phường cho biết, phường đã phân công "
                "cán bộ bám sát từng tổ dân phố để thống kê thiệt hại, kịp thời hỗ trợ các hộ khó "
                "khăn. Ủy ban MTTQ phường đã trao 65 suất quà gồm gạo, mì tôm, nước uống cho các "
                "hộ bị ảnh hưởng nặng."
            ),
            (
                "Phường khuyến cáo người dân không sử dụng thực phẩm đã bị ngập nước, thường xuyên "
                "rửa tay bằng xà phòng, diệt lăng quăng, bọ gậy để phòng dịch sốt xuất huyết, tiêu "
                "chảy; khi có biểu hiện bất thường về sức khỏe cần đến ngay cơ sở y tế để được "
                "khám, điều trị kịp thời."
            ),
        ],
        "photos": [
            "Đoàn viên thanh niên dọn bùn đất tại Tổ dân phố Bắc Sơn sau mưa lũ",
            "Trạm Y tế phường hướng dẫn người dân xử lý nước sinh hoạt",
        ],
        "author": "Thu Hằng – Thanh Trúc",
        "source": "UBND P. Bắc Hồng",
    },
    {
        "title": (
            "Phường Bắc Hồng Lĩnh khai trương Tủ sách cộng đồng nhân Ngày Sách và Văn hóa đọc Việt "
            "Nam"
        ),
        "section": "van-hoa-xa-hoi",
        "areas": ["bac-hong-linh", "tdp-dong-lieu"],
        "units": ["ubnd-bac-hong-linh"],
        "days_ago": 214,
        "hour": 15,
        "minute": 40,
        "featured": False,
        "sapo": (
            "Nhân Ngày Sách và Văn hóa đọc Việt Nam (21/4), UBND phường Bắc Hồng Lĩnh phối hợp với "
            "Đoàn Thanh niên phường khai trương Tủ sách cộng đồng tại nhà văn hóa Tổ dân phố Đông "
            "Liêu với hơn 1.500 cuốn sách."
        ),
        "paragraphs": [
            (
                "Tủ sách gồm nhiều thể loại như sách chính trị, pháp luật, khoa học kỹ thuật, văn "
                "học, truyện thiếu nhi và các tài liệu hướng dẫn kỹ năng sống, phòng chống đuối "
                "nước, an toàn giao thông. Phần lớn sách do cán bộ, đoàn viên, các trường học và "
                "nhà hảo tâm quyên góp; Thư viện tỉnh Hồng Lam hỗ trợ luân chuyển sách định kỳ 3 "
                "tháng một lần."
            ),
            (
                "Tủ sách mở cửa miễn phí vào các buổi chiều trong tuần và cả ngày thứ Bảy, Chủ "
                "nhật, do đoàn viên thanh niên luân phiên quản lý. Một góc nhỏ được bố trí bàn "
                "ghế, đèn đọc và kết nối Internet để các em học sinh đến đọc sách, ôn bài."
            ),
            (
                "Em Nguyễn Bảo Ngọc, học sinh lớp 7 Trường THCS Đông Liêu hào hứng: “Nhà văn hóa "
                "gần nhà nên chiều nào em cũng có thể ghé đọc truyện. Em thích nhất là những cuốn "
                "sách về lịch sử và khám phá khoa học”."
            ),
            (
                "Đây là tủ sách cộng đồng thứ tư được xây dựng trên địa bàn phường. Theo kế hoạch, "
                "đến năm 2027, 100% nhà văn hóa tổ dân phố của phường Bắc Hồng Lĩnh sẽ có tủ sách, "
                "góp phần phát triển văn hóa đọc trong cộng đồng."
            ),
        ],
        "photos": ["Các em học sinh đọc sách tại Tủ sách cộng đồng Tổ dân phố Đông Liêu"],
        "author": "Hải Yến",
        "source": "UBND P. Bắc Hồng Lĩnh",
    },
    {
        "title": "Phường Nam Hồng gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "section": "van-hoa-xa-hoi",
        "areas": ["nam-hong", "kp-ben-do"],
        "units": ["du-nam-hong", "ubnd-nam-hong"],
        "days_ago": 1,
        "hour": 8,
        "minute": 0,
        "featured": False,
        "sapo": (
            "Sáng ngày 19/11, Đảng ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam phường Nam Hồng tổ chức "
            "gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), biểu dương "
            "các nhà giáo tiêu biểu."
        ),
        "paragraphs": [
            (
                "Phường Nam Hồng hiện có 5 trường học từ mầm non đến trung học cơ sở với 196 cán "
                "bộ, giáo viên, nhân viên. Năm học 2025–2026, chất lượng giáo dục toàn diện trên "
                "địa bàn tiếp tục được nâng lên: Trường THCS Nam Hồng có 14 học sinh đạt giải "
                "trong kỳ thi học sinh giỏi cấp tỉnh; Trường Mầm non Bến Đò được công nhận đạt "
                "chuẩn quốc gia mức độ 2."
            ),
            (
                "Đồng chí Hoàng Văn Sơn, Bí thư Đảng ủy phường gửi lời chúc mừng, tri ân tới các "
                "thế hệ nhà giáo đã và đang công tác trên địa bàn. Đồng chí đề nghị đội ngũ giáo "
                "viên tiếp tục giữ gìn phẩm chất, đạo đức nhà giáo, không ngừng học tập nâng cao "
                "trình độ, đổi mới phương pháp dạy học và ứng dụng chuyển đổi số trong giảng dạy, "
                "quản lý."
            ),
            (
                "Cô giáo Phan Thị Minh Hằng, giáo viên Trường Tiểu học Nam Hồng, người có hơn 25 "
                "năm gắn bó với nghề, chia sẻ: “Điều khiến chúng tôi vui nhất không phải là những "
                "bó hoa ngày 20/11, mà là khi thấy các em trưởng thành, trở về thăm trường và vẫn "
                "nhớ những lời thầy cô dạy”."
            ),
            (
                "Dịp này, UBND phường tặng giấy khen cho 3 tập thể và 12 nhà giáo có thành tích "
                "xuất sắc trong năm học 2025–2026; Hội Khuyến học phường trao 40 suất học bổng cho "
                "học sinh có hoàn cảnh khó khăn. Buổi gặp mặt còn có nhiều tiết mục văn nghệ do "
                "chính các thầy cô giáo biểu diễn, tạo không khí đầm ấm."
            ),
        ],
        "photos": [
            "Lãnh đạo phường Nam Hồng tặng hoa chúc mừng các nhà giáo",
            "Các nhà giáo tiêu biểu được tặng giấy khen",
        ],
        "author": "Minh Quân",
        "source": "UBND P. Nam Hồng",
    },
]

# Short reader comments (for a later comments feature): (name, text).
COMMENTS = [
    (
        "Nguyễn Văn An",
        (
            "Tuyến đường ngõ 7 – ngõ 9 Tân Hòa làm xong, đi lại thuận tiện hơn hẳn. Cảm ơn chi bộ "
            "và bà con trong tổ đã đồng lòng."
        ),
    ),
    (
        "Trần Thị Thu Hương",
        (
            "Cho tôi hỏi Trung tâm Phục vụ hành chính công phường có làm việc sáng thứ Bảy tất cả "
            "các tuần không ạ?"
        ),
    ),
    (
        "Lê Minh Tuấn",
        (
            "Mô hình camera an ninh rất hiệu quả. Đề nghị phường hướng dẫn cụ thể cách đăng ký kết "
            "nối camera của gia đình với Công an phường."
        ),
    ),
    (
        "Phạm Thị Hòa",
        (
            "Bà tôi năm nay 78 tuổi đã được các bạn đoàn viên đến tận nhà hướng dẫn cài VNeID. Các "
            "cháu rất nhiệt tình, xin cảm ơn!"
        ),
    ),
    (
        "Hoàng Đức Long",
        (
            "Đường Hồng Sơn bao giờ thì thi công xong ạ? Đoạn gần chợ mỗi khi mưa to vẫn còn ngập, "
            "mong phường quan tâm."
        ),
    ),
    (
        "Võ Thị Ngân",
        (
            "Đọc bài về tổ tiết kiệm phụ nữ thấy rất ý nghĩa. Tổ dân phố Bắc Sơn đã có tổ nào "
            "chưa, tôi muốn tham gia."
        ),
    ),
    (
        "Đặng Quốc Bảo",
        (
            "Năm nay em trai tôi lên đường nhập ngũ, cả nhà rất tự hào. Cảm ơn phường đã tổ chức "
            "buổi lễ chu đáo, ấm cúng."
        ),
    ),
    (
        "Bùi Thị Kim Liên",
        (
            "Xin hỏi hộ kinh doanh nhỏ có doanh thu dưới mức phải nộp thuế thì có bắt buộc dùng "
            "hóa đơn điện tử không ạ?"
        ),
    ),
    (
        "Ngô Văn Thành",
        (
            "Là người dân Đậu Liêu cũ, tôi thấy sau sáp nhập làm thủ tục vẫn thuận tiện vì có điểm "
            "tiếp nhận ở trụ sở cũ. Mong phường duy trì lâu dài."
        ),
    ),
    (
        "Trịnh Thị Mai Anh",
        (
            "Tủ sách cộng đồng ở Đông Liêu rất hay, con tôi chiều nào cũng xin đi đọc. Mong có "
            "thêm nhiều sách thiếu nhi."
        ),
    ),
    (
        "Dương Văn Khải",
        (
            "Cựu chiến binh chúng tôi luôn sẵn sàng tham gia hòa giải, giữ gìn tình làng nghĩa "
            "xóm. Bài viết rất sát thực tế."
        ),
    ),
    (
        "Lý Thị Thanh",
        (
            "Cho hỏi lịch thu gom rác ở Khu phố Nam Sơn hiện nay là mấy giờ ạ? Dạo này xe đến "
            "không đều."
        ),
    ),
    (
        "Mai Xuân Hiếu",
        (
            "Lễ hội mừng Xuân năm nay vui quá. Mong năm sau phường tổ chức thêm hội thi se hương "
            "cho các cháu thiếu nhi."
        ),
    ),
    (
        "Phan Văn Nghĩa",
        (
            "Tôi đã xem danh sách ủng hộ Quỹ “Vì người nghèo” niêm yết ở nhà văn hóa, rất công "
            "khai, minh bạch. Cảm ơn Ban công tác Mặt trận."
        ),
    ),
    (
        "Hồ Thị Lan",
        (
            "Xin hỏi đăng ký khai sinh trực tuyến xong thì có cần mang bản giấy đến phường nữa "
            "không ạ?"
        ),
    ),
    (
        "Đinh Văn Hùng",
        (
            "Đèn năng lượng mặt trời ở thôn Yên Hòa rất hữu ích, tối đi ra đồng không còn lo nữa. "
            "Các thôn khác nên học tập."
        ),
    ),
    (
        "Cao Thị Bích Ngọc",
        (
            "Các thầy cô ở Trường Tiểu học Nam Hồng rất tận tâm. Chúc thầy cô luôn mạnh khỏe, hạnh "
            "phúc."
        ),
    ),
    (
        "Tạ Quang Vinh",
        (
            "Thông tin cảnh báo lừa đảo rất cần thiết. Hôm trước mẹ tôi cũng nhận cuộc gọi giả "
            "danh nhân viên điện lực, may đã đọc bài nên không làm theo."
        ),
    ),
]
