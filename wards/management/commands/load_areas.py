"""Load today's official provinces and wards/communes from `vietnam-provinces`.

Idempotent: areas are matched by their official code; names and kinds are updated,
nothing is duplicated. Codes are written as the statistics office does: "01", "00004".
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from vietnam_provinces import Province, VietNamDivisionType, Ward

from core.text import slugify_vi
from wards.models import Area

KINDS = {
    VietNamDivisionType.TINH: Area.Kind.PROVINCE,
    VietNamDivisionType.THANH_PHO_TRUNG_UONG: Area.Kind.MUNICIPALITY,
    VietNamDivisionType.PHUONG: Area.Kind.WARD,
    VietNamDivisionType.XA: Area.Kind.COMMUNE,
    VietNamDivisionType.DAC_KHU: Area.Kind.SPECIAL_ZONE,
}


class Command(BaseCommand):
    help = "Nạp danh mục tỉnh/thành phố và phường/xã/đặc khu chính thức (từ 1/7/2025)."

    def add_arguments(self, parser):
        parser.add_argument("--province", type=int, help="chỉ nạp một tỉnh (mã, ví dụ 1)")

    @transaction.atomic
    def handle(self, *args, province=None, **options):
        provinces = list(Province.iter_all())
        if province is not None:
            provinces = [p for p in provinces if int(p.code) == province]
            if not provinces:
                raise CommandError(f"Không có tỉnh/thành phố mã {province}.")
        existing = {area.code: area for area in Area.objects.filter(code__isnull=False)}
        taken = set(Area.objects.values_list("slug", flat=True))
        counts = {"created": 0, "updated": 0}

        def upsert(code, name, kind, parent, suffix):
            area = existing.get(code)
            if area is None:
                base = slugify_vi(name)
                candidates = [base, f"{base}-{suffix}", f"{base}-{code}"]
                slug = next(c for c in candidates if c not in taken and not c.endswith("-"))
                taken.add(slug)
                area = Area.objects.create(
                    code=code, name=name, kind=kind, parent=parent, slug=slug
                )
                counts["created"] += 1
            elif (area.name, area.kind, area.parent_id) != (name, kind, parent and parent.pk):
                area.name, area.kind, area.parent = name, kind, parent
                area.save(update_fields=["name", "kind", "parent"])
                counts["updated"] += 1
            return area

        for item in provinces:
            top = upsert(f"{int(item.code):02d}", item.name, KINDS[item.division_type], None, "")
            suffix = top.slug.removeprefix("tinh-").removeprefix("thanh-pho-")
            for ward in Ward.iter_by_province(item.code):
                upsert(f"{int(ward.code):05d}", ward.name, KINDS[ward.division_type], top, suffix)
        self.stdout.write(
            f"{len(provinces)} tỉnh/thành phố: thêm {counts['created']}, "
            f"cập nhật {counts['updated']} đơn vị hành chính."
        )
