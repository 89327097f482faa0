"""Links of areas and units to articles indexed by area (unit) and article, so an area's
newest articles are read from the index alone (the search form's filter choices)."""

from django.db import migrations

INDEXES = {"news_article_areas": "area_id", "news_article_units": "unit_id"}


class Migration(migrations.Migration):
    dependencies = [("news", "0008_counters_update_in_place")]

    operations = [
        migrations.RunSQL(
            f"CREATE INDEX {table}_by_{column} ON {table} ({column}, article_id)",
            f"DROP INDEX {table}_by_{column}",
        )
        for table, column in INDEXES.items()
    ]
