"""Counters update the article row in place.

A counted view, an approved comment or a vote changes a counter column only. With no index
on those columns and free room on each page (fillfactor 80), PostgreSQL makes the update
HOT: it writes the row next to the old one and touches none of the table's eleven indexes.
The fillfactor applies to pages written from now on; an existing large table takes it at
once with `VACUUM FULL news_article`.
"""

from django.db import migrations


def fillfactor(value):
    def apply(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(f"ALTER TABLE news_article SET (fillfactor = {value})")

    return apply


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0007_body_images_and_import_note"),
    ]

    operations = [
        migrations.RemoveIndex(model_name="article", name="news_articl_views_0f0636_idx"),
        migrations.RunPython(fillfactor(80), fillfactor(100)),
    ]
