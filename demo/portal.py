"""The demo as a ward portal after the July 2025 reform: Phường Bắc Hồng Lĩnh, directly
under Tỉnh Hồng Lam (the town level, Thị xã Sông Hồng, ended), with Phường Đậu Liêu kept
as the merged area it absorbed; its units and leaders, introduction and contacts in
Vietnamese and English; sidebar links that lead to this site or to real national portals.

Everything about the ward and its people is invented (as in demo/data.py). Idempotent:
each run leaves the same rows.
"""

from datetime import date

from django.conf import settings
from django.db.models import Q
from django.utils.translation import override

from news.models import SidebarBlock, SidebarLink
from portal.models import Leader, SiteIdentity
from wards.models import Area, Unit

from . import data as demo_data

REFORM_DAY = date(2025, 7, 1)
PROVINCE, WARD, OLD_TOWN = "hong-lam", "bac-hong-linh", "song-hong"

NEW_GROUPS = [  # the ward's residential groups besides those in demo/data.py
    ("tdp-hong-linh", "Tổ dân phố Hồng Lĩnh", WARD),
    ("tdp-trung-linh", "Tổ dân phố Trung Lĩnh", WARD),
    ("tdp-lieu-ha", "Tổ dân phố Liêu Hạ", WARD),  # formerly of Đậu Liêu
    ("tdp-lieu-thuong-cu", "Tổ dân phố Liêu Thượng", "dau-lieu"),  # an old group, kept
]

IDENTITY = {
    "name_vi": "Ủy ban nhân dân phường Bắc Hồng Lĩnh",
    "name_en": "People's Committee of Bac Hong Linh Ward",
    "address_vi": "Số 18 đường Hồng Lĩnh, Tổ dân phố Thuận Hòa, phường Bắc Hồng Lĩnh, "
    "tỉnh Hồng Lam",
    "address_en": "18 Hong Linh Street, Thuan Hoa Residential Group, Bac Hong Linh Ward, "
    "Hong Lam Province",
    "phone": "0239 387 110",
    "email": "ubnd.bachonglinh@songhong.example.gov.vn",
    "licence_vi": "Trang thông tin điện tử được thiết lập theo Quyết định số 215/QĐ-UBND ngày "
    "15/8/2025 của Ủy ban nhân dân phường Bắc Hồng Lĩnh.",
    "licence_en": "Website set up under Decision No. 215/QĐ-UBND of 15 August 2025 of the "
    "People's Committee of Bac Hong Linh Ward.",
    "introduction_vi": (
        "Phường Bắc Hồng Lĩnh trực thuộc tỉnh Hồng Lam, được thành lập từ ngày 01/7/2025 trên "
        "cơ sở sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của phường Bắc Hồng Lĩnh và "
        "phường Đậu Liêu (cũ). Phường là cửa ngõ phía Tây của khu vực Sông Hồng, nổi tiếng với "
        "làng nghề hương và nghề mộc truyền thống."
    ),
    "introduction_en": (
        "Bac Hong Linh Ward, under Hong Lam Province, was formed on 1 July 2025 from the whole "
        "area and population of the former Bac Hong Linh and Dau Lieu wards. It is the western "
        "gateway of the Song Hong area, known for its incense-making and woodworking villages."
    ),
    "history_vi": (
        "Vùng đất Bắc Hồng Lĩnh có lịch sử hình thành hơn năm trăm năm, gắn với dòng Hồng Giang "
        "và dãy núi Hồng Sơn. Trước ngày 01/7/2025, phường Bắc Hồng Lĩnh và phường Đậu Liêu "
        "thuộc Thị xã Sông Hồng.\n\nThực hiện Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp "
        "xếp đơn vị hành chính cấp xã năm 2025, hai phường được hợp nhất thành phường Bắc Hồng "
        "Lĩnh, trực thuộc tỉnh Hồng Lam khi chính quyền địa phương hai cấp đi vào hoạt động. Tin "
        "bài của phường Đậu Liêu trước ngày sáp nhập vẫn được lưu trên trang của phường cũ."
    ),
    "history_en": (
        "The land of Bac Hong Linh has a history of more than five hundred years along the Hong "
        "Giang river and the Hong Son mountains. Before 1 July 2025, Bac Hong Linh and Dau Lieu "
        "wards belonged to Song Hong Town.\n\nUnder the 2025 reorganization of commune-level "
        "units, the two wards were merged into Bac Hong Linh Ward, directly under Hong Lam "
        "Province, when two-level local government began. The news of Dau Lieu from before the "
        "merger stays on the former ward's page."
    ),
    "area_km2": "24.30",
    "population": 26140,
}

# The ward's units after the reform: key → (kind, Vietnamese, English name, English duties).
# One unit's duties stay Vietnamese only: the English page marks that text lang="vi".
UNITS = [
    (
        "du-bac-hong-linh",
        "dang-uy",
        "Đảng ủy phường Bắc Hồng Lĩnh",
        "Party Committee of Bac Hong Linh Ward",
        "Leads the ward's political system after the reorganization; keeps the administration "
        "running smoothly and close to the people, and carries out the resolutions of the "
        "ward's Party Congress.",
    ),
    (
        "hdnd-bac-hong-linh",
        "hdnd",
        "Hội đồng nhân dân phường Bắc Hồng Lĩnh",
        "People's Council of Bac Hong Linh Ward",
        "The local organ of state power: decides the ward's budget and plans, and supervises "
        "the People's Committee.",
    ),
    (
        "ubnd-bac-hong-linh",
        "ubnd",
        "UBND phường Bắc Hồng Lĩnh",
        "People's Committee of Bac Hong Linh Ward",
        "State administration in every field of the ward; runs the ward's Public Administrative "
        "Service Centre and the reception desk at the former Dau Lieu ward office.",
    ),
    (
        "mttq-bac-hong-linh",
        "mttq",
        "Ủy ban MTTQ Việt Nam phường Bắc Hồng Lĩnh",
        "Viet Nam Fatherland Front Committee of Bac Hong Linh Ward",
        "Unites the people of the two former wards; leads consultation, supervision and social "
        "criticism, and the “For the Poor” fund.",
    ),
    ("hpn-bac-hong-linh", "hoi-phu-nu", "Hội Liên hiệp Phụ nữ phường Bắc Hồng Lĩnh", "", ""),
]
UNIT_DUTIES_VI = {
    "hdnd-bac-hong-linh": (
        "Cơ quan quyền lực nhà nước ở địa phương; quyết định ngân sách, kế hoạch phát triển "
        "kinh tế – xã hội của phường và giám sát hoạt động của Ủy ban nhân dân phường."
    ),
    "hpn-bac-hong-linh": (
        "Đại diện, chăm lo quyền và lợi ích hợp pháp của phụ nữ; vận động hội viên phát triển "
        "kinh tế, xây dựng gia đình hạnh phúc và tham gia bảo vệ môi trường khu dân cư."
    ),
}

NEW_UNIT_CONTACTS = {  # the units demo/data.py does not have: phone, e-mail
    "hdnd-bac-hong-linh": ("0239 387 105", "hdnd.bachonglinh@songhong.example.gov.vn"),
    "hpn-bac-hong-linh": ("0239 387 130", "phunu.bachonglinh@songhong.example.gov.vn"),
}

# (unit, order, name, Vietnamese title, English title or "", phone, e-mail user)
LEADERS = [
    ("du-bac-hong-linh", 1, "Nguyễn Văn Thành", "Bí thư Đảng ủy phường",
     "Secretary of the Ward Party Committee", "0239 387 101", "bithu"),
    ("du-bac-hong-linh", 2, "Lê Thị Hạnh", "Phó Bí thư Thường trực Đảng ủy phường",
     "Standing Deputy Secretary of the Ward Party Committee", "0239 387 103", "phobithu"),
    ("hdnd-bac-hong-linh", 1, "Lê Thị Hạnh", "Chủ tịch HĐND phường",
     "Chairwoman of the Ward People's Council", "0239 387 103", "chutichhdnd"),
    ("ubnd-bac-hong-linh", 1, "Trần Quốc Việt", "Chủ tịch UBND phường",
     "Chairman of the Ward People's Committee", "0239 387 111", "chutich"),
    ("ubnd-bac-hong-linh", 2, "Phạm Minh Đức", "Phó Chủ tịch UBND phường",
     "Vice Chairman of the Ward People's Committee", "0239 387 112", "phochutich1"),
    ("ubnd-bac-hong-linh", 3, "Hoàng Thị Lan", "Phó Chủ tịch UBND phường",
     "", "0239 387 113", "phochutich2"),  # English title not written yet: shown lang="vi"
    ("mttq-bac-hong-linh", 1, "Đặng Văn Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam phường",
     "Chairman of the Ward Fatherland Front Committee", "0239 387 126", "mttq"),
    ("hpn-bac-hong-linh", 1, "Vũ Thị Thu", "Chủ tịch Hội Liên hiệp Phụ nữ phường",
     "", "0239 387 131", "phunu"),
]  # fmt: skip
TERM = (date(2025, 7, 1), date(2030, 6, 30))


def site_links():
    """Sidebar blocks: pages of this site (at SITE_URL) and real national portals only."""
    site = settings.SITE_URL.rstrip("/")
    return {
        "Liên kết website": [
            ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn"),
            ("Báo Điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.vn"),
            ("Báo Điện tử Chính phủ", "https://baochinhphu.vn"),
            ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn"),
            ("Giới thiệu phường Bắc Hồng Lĩnh", f"{site}/gioi-thieu/"),
        ],
        "Thủ tục hành chính": [
            ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
            ("Tin cải cách hành chính của phường", f"{site}/chuyen-muc/cai-cach-hanh-chinh/"),
            ("Liên hệ, gửi ý kiến đến UBND phường", f"{site}/lien-he/"),
        ],
        "Công khai": [
            ("Cơ cấu tổ chức, lãnh đạo phường", f"{site}/co-cau-to-chuc/"),
            ("Tin công khai ngân sách", f"{site}/tim-kiem/?q=ng%C3%A2n+s%C3%A1ch"),
            ("Tin hoạt động của UBND phường", f"{site}/chuyen-muc/hoat-dong-ubnd/"),
        ],
        "Bản đồ – Media": [
            ("Địa bàn: tổ dân phố, phường đã sáp nhập", f"{site}/dia-ban/"),
            ("Tin đã đưa theo ngày", f"{site}/tin-theo-ngay/"),
            ("Sơ đồ trang", f"{site}/so-do-trang/"),
        ],
    }


def load():
    """The reformed areas, the ward's units and leaders, its identity and sidebar links."""
    areas = reform_areas()
    units = load_units(areas[WARD])
    leaders = load_leaders(units)
    load_identity(areas[WARD], leaders[("ubnd-bac-hong-linh", 1)])
    load_sidebar()


def reform_areas():
    """Wards directly under the province; the town level dissolved on the reform day."""
    areas = {area.slug: area for area in Area.objects.filter(slug__in=[PROVINCE, WARD, OLD_TOWN])}
    Area.objects.filter(parent=areas[OLD_TOWN]).exclude(kind=Area.Kind.RESIDENTIAL_GROUP).update(
        parent=areas[PROVINCE]
    )
    Area.objects.filter(pk=areas[OLD_TOWN].pk).update(dissolved_on=REFORM_DAY)
    for slug, name, parent in NEW_GROUPS:
        Area.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "kind": Area.Kind.RESIDENTIAL_GROUP,
                "parent": Area.objects.get(slug=parent),
            },
        )
    return areas


def load_units(ward):
    units = {}
    for order, (key, kind, name, name_en, duties_en) in enumerate(UNITS):
        known = next((item for item in demo_data.UNITS if item["key"] == key), {})
        unit, _created = Unit.objects.get_or_create(
            slug=key,
            defaults={
                "kind": kind,
                "name_vi": name,
                "area": ward,
                "functions_vi": known.get("functions") or UNIT_DUTIES_VI.get(key, ""),
                "address_vi": IDENTITY["address_vi"],
                "phone": known.get("phone") or NEW_UNIT_CONTACTS.get(key, ("", ""))[0],
                "email": known.get("email") or NEW_UNIT_CONTACTS.get(key, ("", ""))[1],
            },
        )
        if not (unit.name_en or unit.functions_en):  # English and order once, kept after
            unit.order = order
            unit.name_en = name_en or None
            unit.functions_en = duties_en or None
            unit.address_en = IDENTITY["address_en"]
            with override("vi"):
                unit.save()
        units[key] = unit
    return units


def load_leaders(units):
    leaders = {}
    for unit_key, order, name, title, title_en, phone, user in LEADERS:
        leader, _created = Leader.objects.get_or_create(
            unit=units[unit_key],
            order=order,
            defaults={
                "name": name,
                "title_vi": title,
                "title_en": title_en or None,
                "phone": phone,
                "email": f"{user}.bachonglinh@songhong.example.gov.vn",
                "term_start": TERM[0],
                "term_end": TERM[1],
            },
        )
        leaders[(unit_key, order)] = leader
    return leaders


def load_identity(ward, chairman):
    """The ward's identity, unless an administrator has saved one."""
    if not SiteIdentity.objects.exists():
        with override("vi"):
            SiteIdentity(area=ward, responsible=chairman, **IDENTITY).save()


def load_sidebar():
    """Each block holds exactly its links; links to invented domains are gone."""
    for order, (title, links) in enumerate(site_links().items()):
        block, _created = SidebarBlock.objects.get_or_create(title=title, defaults={"order": order})
        wanted = {url for _title, url in links}
        block.links.filter(~Q(url__in=wanted)).delete()
        for link_order, (link_title, url) in enumerate(links):
            SidebarLink.objects.update_or_create(
                block=block, url=url, defaults={"title": link_title, "order": link_order}
            )
