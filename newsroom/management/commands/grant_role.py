"""manage.py grant_role USERNAME ROLE [--area SLUG …] [--unit SLUG …]: idempotent."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wards.models import Area, Unit

from ...models import Scope
from ...roles import ROLES


class Command(BaseCommand):
    help = "Giao vai trò (editor, publisher, moderator, admin) và phạm vi địa bàn cho tài khoản."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("role", choices=sorted(ROLES))
        parser.add_argument("--area", action="append", default=[], help="địa bàn (slug)")
        parser.add_argument("--unit", action="append", default=[], help="đơn vị (slug)")

    @transaction.atomic
    def handle(self, *args, username, role, area, unit, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Không có tài khoản «{username}».")
        areas = self.find(Area, area, "địa bàn")
        units = self.find(Unit, unit, "đơn vị")
        group = Group.objects.get(name=ROLES[role].group)
        if not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
        user.groups.add(group)
        if areas or units:
            scope, _created = Scope.objects.get_or_create(user=user)
            scope.areas.add(*areas)
            scope.units.add(*units)
        where = ", ".join(str(x) for x in [*areas, *units]) or "không đổi phạm vi"
        self.stdout.write(f"OK   {username}: {group.name}; {where}")

    def find(self, model, slugs, label):
        found = {obj.slug: obj for obj in model.objects.filter(slug__in=slugs)}
        missing = [slug for slug in slugs if slug not in found]
        if missing:
            raise CommandError(f"Không tìm thấy {label}: {', '.join(missing)}.")
        return [found[slug] for slug in slugs]
