"""Moderators search comments by folded words (Comment.search_text, and on PostgreSQL a
full-text index over it), and the list's orderings get their indexes."""

from django.conf import settings
from django.db import migrations, models

from comments.models import search_text

POSTGRES_INDEX = (
    "CREATE INDEX IF NOT EXISTS comments_comment_words "
    "ON comments_comment USING gin (to_tsvector('simple'::regconfig, search_text))"
)


def fill_search_text(apps, schema_editor):
    Comment = apps.get_model("comments", "Comment")
    rows = Comment.objects.only("pk", "name", "email", "content").order_by("pk")
    batch = []
    for comment in rows.iterator(chunk_size=2000):
        comment.search_text = search_text(comment.name, comment.email, comment.content)
        batch.append(comment)
        if len(batch) == 2000:
            Comment.objects.bulk_update(batch, ["search_text"])
            batch = []
    Comment.objects.bulk_update(batch, ["search_text"])


def postgres_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(POSTGRES_INDEX)


def drop_postgres_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS comments_comment_words")


class Migration(migrations.Migration):

    dependencies = [
        ('comments', '0001_initial'),
        ('news', '0004_newsroom'),
        ('wards', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='comment',
            name='comments_co_status_f64af5_idx',
        ),
        migrations.AddField(
            model_name='comment',
            name='search_text',
            field=models.TextField(blank=True, default='', editable=False),
        ),
        migrations.AddIndex(
            model_name='comment',
            index=models.Index(fields=['status', '-created_at', '-id'], name='comments_co_status_4469eb_idx'),
        ),
        migrations.AddIndex(
            model_name='comment',
            index=models.Index(fields=['-created_at', '-id'], name='comments_co_created_86dec8_idx'),
        ),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
        migrations.RunPython(postgres_index, drop_postgres_index),
    ]
