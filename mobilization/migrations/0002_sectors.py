"""The fields ward reports count models by; administrators may add, rename or reorder."""

from django.db import migrations

SECTORS = [
    ("Kinh tế", "kinh-te"),
    ("Văn hóa – xã hội", "van-hoa-xa-hoi"),
    ("Quốc phòng – an ninh", "quoc-phong-an-ninh"),
    ("Xây dựng Đảng và hệ thống chính trị", "xay-dung-dang-va-he-thong-chinh-tri"),
    ("Kết cấu hạ tầng, chỉnh trang đô thị", "ket-cau-ha-tang-chinh-trang-do-thi"),
    ("Khác", "khac"),
]


def add_sectors(apps, schema_editor):
    Sector = apps.get_model("mobilization", "Sector")
    for order, (name, slug) in enumerate(SECTORS):
        Sector.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})


class Migration(migrations.Migration):
    dependencies = [("mobilization", "0001_initial")]

    operations = [migrations.RunPython(add_sectors, migrations.RunPython.noop)]
