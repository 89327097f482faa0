"""Management commands that load data: official areas and the demo town."""

import io

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from comments.models import Comment
from news.models import Article, Photo, Section, SidebarBlock
from wards.models import Area, Unit

pytestmark = pytest.mark.django_db


def call(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


@pytest.mark.slow  # the whole country, twice: 3,355 areas
def test_load_areas_loads_todays_official_units_idempotently():
    call("load_areas")
    provinces = Area.objects.filter(parent=None)
    wards = Area.objects.filter(kind__in=["phuong", "xa", "dac-khu"])
    assert provinces.count() == 34
    assert wards.count() == 3321
    hanoi = Area.objects.get(code="01")
    assert hanoi.name == "Thành phố Hà Nội" and hanoi.kind == Area.Kind.MUNICIPALITY
    assert Area.objects.get(code="00004").parent == hanoi  # Phường Ba Đình
    assert Area.objects.values("slug").distinct().count() == Area.objects.count()
    assert "thêm 0, cập nhật 0" in call("load_areas")
    assert Area.objects.count() == 34 + 3321


def test_load_areas_one_province():
    output = call("load_areas", "--province", "1")
    assert "1 tỉnh/thành phố" in output
    assert Area.objects.get(code="01").children.count() > 100


@pytest.mark.slow  # the demo town with its photos, twice
def test_load_demo_builds_a_town_worth_looking_at_and_is_idempotent(client, settings):
    settings.DEBUG = True  # development, as `make run`: the known demo administrator
    output = call("load_demo")
    assert "admin" in output and "tinphuong-demo" in output
    assert Article.objects.published().count() >= 40
    assert Section.objects.filter(parent=None).count() >= 4
    assert Area.objects.filter(merged_into__isnull=False).exists()
    assert Unit.objects.count() >= 10
    assert SidebarBlock.objects.count() >= 3
    assert Photo.objects.exists() and Article.objects.exclude(cover="").count() >= 40
    assert User.objects.get(username="admin").is_superuser
    approved = Comment.objects.approved().count()
    assert (
        approved > 20 and sum(Article.objects.values_list("comment_count", flat=True)) == approved
    )
    assert Article.objects.filter(rating_count__gt=0).count() > 20
    counts = (Article.objects.count(), Photo.objects.count(), Area.objects.count())
    call("load_demo")
    assert (Article.objects.count(), Photo.objects.count(), Area.objects.count()) == counts
    assert client.get("/").status_code == 200
    assert client.get(Article.objects.published().first().get_absolute_url()).status_code == 200


@pytest.mark.slow  # the demo town, then 500 more articles
def test_load_demo_adds_generated_articles_in_bulk():
    call("load_demo", "--no-photos")
    before = Article.objects.count()
    call("load_demo", "--no-photos", "--articles", "500")
    assert Article.objects.count() == before + 500
    generated = Article.objects.filter(title__contains="bản tin số")
    assert generated.count() == 500
    assert all(a.slug and a.body.startswith("<p>") for a in generated[:20])
    assert generated.filter(areas__isnull=True).count() == 0
