"""Counters update the article row in place; the sitemap index finds the newest change.

An approved comment or a vote changes a counter column that no index covers; with free
room on each page (fillfactor 80) PostgreSQL makes the update HOT: it writes the row next
to the old one and touches none of the table's indexes. (Views, which the "most read"
index orders, move only at a flush: one update per article a minute, not one per view.)
The fillfactor applies to pages written from now on; an existing large table takes it at
once with `VACUUM FULL news_article`.
"""

from django.db import migrations, models


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
        migrations.RunPython(fillfactor(80), fillfactor(100)),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["-updated_at"], name="news_article_updated"),
        ),
    ]
