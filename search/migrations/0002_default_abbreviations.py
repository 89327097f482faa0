"""The abbreviations ward news uses most, editable afterwards in the admin."""

from django.db import migrations

DEFAULTS = [
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("MTTQ", "Mặt trận Tổ quốc"),
    ("BCH", "Ban Chấp hành"),
    ("BTV", "Ban Thường vụ"),
    ("ĐTN", "Đoàn Thanh niên"),
    ("CCB", "Cựu chiến binh"),
    ("TDP", "tổ dân phố"),
    ("QCDC", "quy chế dân chủ"),
]


def add_defaults(apps, schema_editor):
    Abbreviation = apps.get_model("search", "Abbreviation")
    for short, full in DEFAULTS:
        Abbreviation.objects.get_or_create(short=short, defaults={"full": full})


def remove_defaults(apps, schema_editor):
    Abbreviation = apps.get_model("search", "Abbreviation")
    Abbreviation.objects.filter(short__in=[short for short, _ in DEFAULTS]).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(add_defaults, remove_defaults)]
