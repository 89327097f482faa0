"""The demo town's "Dân vận khéo" registry: 34 models across its wards, fields, statuses
and years, with results and the demo's articles about them. Idempotent (by area and name)."""

from datetime import date

from mobilization.models import (
    Initiative,
    Kind,
    Result,
    Sector,
    Status,
    StatusChange,
    add_starting_sectors,
)
from news.models import Article
from wards.models import Area, Unit

# Sector slugs, short.
ECO, CUL, DEF, PARTY, INFRA = (
    "kinh-te", "van-hoa-xa-hoi", "quoc-phong-an-ninh", "xay-dung-dang-va-he-thong-chinh-tri",
    "ket-cau-ha-tang-chinh-trang-do-thi",
)  # fmt: skip
# Steps after registration: (status, "YYYY-MM-DD", level).
RUN, OK, REP, STOP = Status.RUNNING, Status.RECOGNISED, Status.REPLICATED, Status.STOPPED

# name, area, units, sector, kind, year, steps, results, the start of an article's title
MODELS = [
    ("Hiến đất mở rộng đường ngõ Tân Hòa", "tdp-tan-hoa", ["mttq-bac-hong", "du-bac-hong"], INFRA,
     Kind.COLLECTIVE, 2023, [(RUN, "2023-03-01", ""), (OK, "2024-05-19", "phuong"),
     (OK, "2025-03-02", "tinh"), (REP, "2025-08-01", "")],
     [(2560, "m²", "đất hiến"), (527, "triệu đồng", "Nhân dân đóng góp")],
     "Tổ dân phố Tân Hòa: “Dân vận khéo”"),
    ("Thắp sáng đường quê Yên Hòa", "thon-yen-hoa", ["ubnd-thuan-loc", "hnd-thuan-loc"], INFRA,
     Kind.COLLECTIVE, 2024, [(RUN, "2024-02-10", ""), (OK, "2025-01-15", "phuong")],
     [(4.5, "km", "đường được thắp sáng"), (180, "bóng đèn", "")], "Thôn Yên Hòa thắp sáng"),
    ("Ngày Chủ nhật xanh", "tdp-bac-son", ["hpn-bac-hong"], CUL, Kind.COLLECTIVE, 2022,
     [(RUN, "2022-04-03", ""), (OK, "2023-11-20", "phuong"), (REP, "2024-06-01", "")],
     [(156, "buổi", "ra quân vệ sinh"), (12, "tấn", "rác thải được thu gom")],
     "Hội Phụ nữ phường Bắc Hồng duy trì"),
    ("Cán bộ, đảng viên kèm cặp hộ nghèo", "kp-ben-do", ["du-nam-hong", "ubnd-nam-hong"], ECO,
     Kind.COLLECTIVE, 2021, [(RUN, "2021-05-01", ""), (OK, "2022-12-10", "phuong"),
     (OK, "2024-10-14", "tinh")], [(34, "hộ", "thoát nghèo bền vững")],
     "Phường Nam Hồng: Cán bộ, đảng viên"),
    ("Cựu chiến binh hòa giải ở cơ sở", "tdp-trung-hung", ["hccb-bac-hong"], DEF, Kind.COLLECTIVE,
     2023, [(RUN, "2023-02-01", ""), (OK, "2024-11-20", "phuong")],
     [(41, "vụ", "hòa giải thành")], "Cựu chiến binh Bắc Hồng"),
    ("Hiến đất mở đường liên tổ Đông Liêu – Thuận Hòa", "tdp-dong-lieu",
     ["mttq-bac-hong-linh", "ubnd-bac-hong-linh"], INFRA, Kind.COLLECTIVE, 2024,
     [(RUN, "2024-03-15", ""), (OK, "2025-09-02", "phuong")],
     [(2000, "m²", "đất hiến"), (73, "hộ", "hiến đất")], "Phường Bắc Hồng Lĩnh: 73 hộ dân"),
    ("Chung tay xóa nhà tạm, nhà dột nát", "dau-lieu", ["du-dau-lieu"], ECO, Kind.COLLECTIVE, 2023,
     [(RUN, "2023-06-01", ""), (OK, "2024-12-30", "tinh"), (STOP, "2025-07-01", "")],
     [(34, "nhà", "cho hộ nghèo"), (1250, "ngày công", "")], "Phường Đậu Liêu hoàn thành"),
    ("Bà Nguyễn Thị Lan, tổ trưởng tổ hòa giải", "tdp-trung-hung", ["mttq-bac-hong"], CUL,
     Kind.INDIVIDUAL, 2024, [(OK, "2025-10-20", "phuong")], [], None),
    ("Ông Trần Văn Bảy hiến đất làm nhà văn hóa", "tdp-tan-hoa", [], INFRA, Kind.INDIVIDUAL, 2024,
     [(OK, "2025-10-20", "phuong")], [(320, "m²", "đất hiến")], None),
    ("Camera an ninh khu dân cư", "tdp-bac-son", ["ca-bac-hong"], DEF, Kind.COLLECTIVE, 2024,
     [(RUN, "2024-05-01", "")], [(26, "camera", "")], None),
    ("Tổ tự quản an ninh trật tự", "kp-nam-son", ["ubnd-nam-hong"], DEF, Kind.COLLECTIVE, 2022,
     [(RUN, "2022-01-10", ""), (OK, "2023-10-05", "phuong")], [], None),
    ("Chi bộ gắn với tổ dân phố", "tdp-thuan-hoa", ["du-bac-hong-linh"], PARTY, Kind.COLLECTIVE,
     2025, [(RUN, "2025-08-01", "")], [], None),
    ("Đảng viên tiên phong nói đi đôi với làm", "bac-hong", ["du-bac-hong"], PARTY,
     Kind.COLLECTIVE, 2023, [(RUN, "2023-03-01", ""), (OK, "2024-12-12", "phuong")], [],
     "Phường Bắc Hồng biểu dương 12 mô hình"),
    ("Thanh niên tình nguyện sửa nhà cho người có công", "bac-hong", ["dtn-bac-hong"], CUL,
     Kind.COLLECTIVE, 2024, [(RUN, "2024-07-01", "")], [(6, "nhà", "được sửa")], None),
    ("Vườn rau sạch của hội viên nông dân", "thon-phuc-loc", ["hnd-thuan-loc"], ECO,
     Kind.COLLECTIVE, 2022, [(RUN, "2022-02-01", ""), (OK, "2023-12-01", "phuong"),
     (REP, "2024-09-01", "")], [(3.2, "ha", "rau an toàn")], None),
    ("Tổ hợp tác làm hương Đậu Liêu", "dau-lieu", ["du-dau-lieu"], ECO, Kind.COLLECTIVE, 2021,
     [(RUN, "2021-04-01", ""), (OK, "2022-11-15", "phuong"), (OK, "2023-11-15", "trung-uong")],
     [(48, "lao động", "có việc làm"), (1.8, "tỷ đồng", "doanh thu mỗi năm")], None),
    ("Tuyến phố văn minh Bắc Sơn", "tdp-bac-son", ["ubnd-bac-hong"], INFRA, Kind.COLLECTIVE, 2025,
     [], [], None),
    ("Ngõ xanh – sạch – đẹp", "tdp-trung-hung", ["hpn-bac-hong"], INFRA, Kind.COLLECTIVE, 2025,
     [(RUN, "2025-05-01", "")], [(1.2, "km", "ngõ được trồng hoa")], None),
    ("Quỹ khuyến học dòng họ", "thon-yen-hoa", ["ubnd-thuan-loc"], CUL, Kind.COLLECTIVE, 2023,
     [(RUN, "2023-09-05", ""), (OK, "2024-09-05", "phuong")], [(215, "suất", "học bổng")], None),
    ("Phụ nữ giúp nhau phát triển kinh tế", "kp-ben-do", ["ubnd-nam-hong"], ECO, Kind.COLLECTIVE,
     2022, [(RUN, "2022-03-08", ""), (STOP, "2024-03-08", "")], [(120, "triệu đồng", "vốn vay")],
     None),
    ("Dân vận khéo trong cải cách hành chính", "bac-hong-linh", ["ubnd-bac-hong-linh"], PARTY,
     Kind.COLLECTIVE, 2025, [(RUN, "2025-07-15", "")], [], None),
    ("Bếp ăn yêu thương", "nam-hong", ["du-nam-hong"], CUL, Kind.COLLECTIVE, 2024,
     [(RUN, "2024-01-15", ""), (OK, "2025-11-10", "phuong")], [(12000, "suất ăn", "")], None),
    ("Ông Lê Văn Tư, cựu chiến binh làm kinh tế giỏi", "thon-phuc-loc", ["hnd-thuan-loc"], ECO,
     Kind.INDIVIDUAL, 2023, [(OK, "2024-08-19", "phuong")], [(15, "lao động", "có việc làm")],
     None),
    ("Thu gom phế liệu gây quỹ vì người nghèo", "tdp-dong-lieu", ["mttq-bac-hong-linh"], CUL,
     Kind.COLLECTIVE, 2025, [], [], None),
    ("Dân quân tự vệ giúp dân mùa lũ", "bac-hong", ["bchqs-bac-hong"], DEF, Kind.COLLECTIVE, 2024,
     [(RUN, "2024-08-01", ""), (OK, "2025-04-30", "phuong")], [], None),
    ("Bê tông hóa kênh mương nội đồng", "thuan-loc", ["ubnd-thuan-loc"], INFRA, Kind.COLLECTIVE,
     2021, [(RUN, "2021-10-01", ""), (OK, "2022-10-01", "phuong"), (REP, "2023-03-01", "")],
     [(3.6, "km", "kênh mương")], None),
    ("Sân chơi cho thiếu nhi tổ dân phố", "tdp-thuan-hoa", ["ubnd-bac-hong-linh"], INFRA,
     Kind.COLLECTIVE, 2025, [(RUN, "2025-06-01", "")], [], None),
    ("Bà Phạm Thị Hạnh giúp hội viên thoát nghèo", "kp-nam-son", [], ECO, Kind.INDIVIDUAL, 2025,
     [], [], None),
    ("Tiếp xúc, đối thoại với Nhân dân hằng tháng", "nam-hong", ["du-nam-hong"], PARTY,
     Kind.COLLECTIVE, 2022, [(RUN, "2022-05-01", ""), (OK, "2023-12-20", "phuong")], [], None),
    ("Mỗi hội viên một cây xanh", "tdp-tan-hoa", ["hccb-bac-hong"], CUL, Kind.COLLECTIVE, 2026,
     [], [], None),
    ("Điện thắp sáng đường ngõ Nam Sơn", "kp-nam-son", ["ubnd-nam-hong"], INFRA, Kind.COLLECTIVE,
     2023, [(RUN, "2023-04-01", ""), (OK, "2024-04-01", "phuong")], [(2.1, "km", "")], None),
    ("Chuyển đổi số trong sinh hoạt chi bộ", "bac-hong-linh", ["du-bac-hong-linh"], PARTY,
     Kind.COLLECTIVE, 2026, [], [], None),
    ("Hũ gạo tình thương", "thon-yen-hoa", ["hnd-thuan-loc"], CUL, Kind.COLLECTIVE, 2022,
     [(RUN, "2022-01-01", ""), (STOP, "2023-12-31", "")], [(2.4, "tấn", "gạo")], None),
    ("Nông dân hiến đất làm đường nội đồng", "thon-phuc-loc", ["hnd-thuan-loc"], INFRA,
     Kind.COLLECTIVE, 2024, [(RUN, "2024-03-01", ""), (OK, "2025-06-01", "phuong")],
     [(1850, "m²", "đất hiến")], None),
]  # fmt: skip


def load(stdout=None):
    """Add the models not there yet; return how many were added."""
    areas = {a.slug: a for a in Area.objects.all()}
    units = {u.slug: u for u in Unit.objects.all()}
    add_starting_sectors(Sector)  # a flushed database (tests) lost the migration's rows
    sectors = {s.slug: s for s in Sector.objects.all()}
    existing = set(Initiative.objects.values_list("area__slug", "name"))
    added = 0
    for name, area, unit_keys, sector, kind, year, steps, results, title in MODELS:
        if (area, name) in existing or area not in areas:
            continue
        item = Initiative.objects.create(
            name=name, area=areas[area], sector=sectors[sector], kind=kind, year=year,
            description=f"Mô hình “{name}” được đăng ký năm {year}.",
        )  # fmt: skip
        item.units.set([units[key] for key in unit_keys if key in units])
        StatusChange.objects.bulk_create(
            [StatusChange(initiative=item, status=Status.REGISTERED, on=date(year, 1, 1))]
            + [StatusChange(initiative=item, status=status, on=date.fromisoformat(on), level=lv)
               for status, on, lv in steps]
        )  # fmt: skip
        Result.objects.bulk_create(
            Result(initiative=item, value=value, unit=unit, label=label, order=n)
            for n, (value, unit, label) in enumerate(results)
        )
        if title:
            item.articles.set(Article.objects.filter(title__startswith=title))
        item.refresh_status()
        added += 1
    if stdout:
        stdout.write(f"Dân vận khéo: {added} mô hình mới, {Initiative.objects.count()} mô hình.")
    return added
