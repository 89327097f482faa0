"""The fields ward reports count models by; administrators may add, rename or reorder."""

from django.db import migrations

from mobilization.models import add_starting_sectors


def add_sectors(apps, schema_editor):
    add_starting_sectors(apps.get_model("mobilization", "Sector"))


class Migration(migrations.Migration):
    dependencies = [("mobilization", "0001_initial")]

    operations = [migrations.RunPython(add_sectors, migrations.RunPython.noop)]
