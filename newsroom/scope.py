"""Where a user works: the areas of their Scope with everything below them, and units.

An area dissolved into another (`merged_into`) stands for the area it went to, so an
editor of an old ward works for the new one without anyone editing users. Below an area
are its children, grandchildren… and the areas merged into any of them.

Something is in a user's scope when one of its areas is, or one of its units is.
Administrators have no limit (None below).
"""

from django.db.models import Q

from wards.models import Area, Unit

from .roles import is_administrator


def _below(roots):
    """`roots` and every area under them: one query per level of the tree."""
    found, frontier = set(roots), set(roots)
    while frontier:
        frontier = (
            set(
                Area.objects.filter(Q(parent__in=frontier) | Q(merged_into__in=frontier))
                .exclude(pk__in=found)
                .values_list("pk", flat=True)
            )
            - found
        )
        found |= frontier
    return found


def _live(area_ids):
    """Each area, or the area it was merged into (followed to the end of the chain)."""
    live, pending = set(), set(area_ids)
    for _hop in range(10):  # a merge chain is short; this bounds a cycle typed by mistake
        if not pending:
            break
        rows = Area.objects.filter(pk__in=pending).values_list("pk", "merged_into_id")
        pending = set()
        for pk, merged_into in rows:
            live.add(pk)
            if merged_into and merged_into not in live:
                pending.add(merged_into)
    return live


def area_ids(user):
    """The ids of the areas `user` works in, or None for no limit. Kept on the user object
    for the request: two to six small queries the first time."""
    if not user.is_authenticated:
        return set()
    if is_administrator(user):
        return None
    if not hasattr(user, "_scope_area_ids"):
        roots = set(Area.objects.filter(scopes__user=user).values_list("pk", flat=True))
        user._scope_area_ids = _below(_live(roots)) if roots else set()
    return user._scope_area_ids


def unit_ids(user):
    """The ids of the units `user` works for, or None for no limit."""
    if not user.is_authenticated:
        return set()
    if is_administrator(user):
        return None
    if not hasattr(user, "_scope_unit_ids"):
        user._scope_unit_ids = set(
            Unit.objects.filter(scopes__user=user).values_list("pk", flat=True)
        )
    return user._scope_unit_ids


def covers(user, areas, units=()):
    """True when one of `areas` or `units` (ids) is in the user's scope."""
    allowed_areas, allowed_units = area_ids(user), unit_ids(user)
    if allowed_areas is None:
        return True
    return bool(set(areas) & allowed_areas or set(units) & allowed_units)


def limit(queryset, user, areas="areas", units="units"):
    """`queryset` narrowed to rows whose `areas` (or `units`) many-to-many is in scope.

    Filters by key through the link tables (no DISTINCT over the rows themselves).
    """
    allowed_areas = area_ids(user)
    if allowed_areas is None:
        return queryset
    condition = Q(pk__in=_linked(queryset.model, areas, allowed_areas))
    if units:
        condition |= Q(pk__in=_linked(queryset.model, units, unit_ids(user)))
    return queryset.filter(condition)


def _linked(model, field_name, ids):
    field = model._meta.get_field(field_name)
    through = field.remote_field.through
    source = field.m2m_field_name()
    target = field.m2m_reverse_field_name()
    return through.objects.filter(**{f"{target}__in": ids}).values(source)


def _up(area_ids):
    """`area_ids` and every area above them (parents, and areas they were merged into)."""
    found, frontier = set(area_ids), set(area_ids)
    while frontier:
        rows = Area.objects.filter(pk__in=frontier).values_list("parent_id", "merged_into_id")
        frontier = {pk for pair in rows for pk in pair if pk} - found
        found |= frontier
    return found


def users_covering(areas, units=()):
    """Active users whose scope covers one of `areas` or `units` (ids): a few queries,
    whatever the number of users. Administrators are not included."""
    from django.contrib.auth import get_user_model

    above = _up(areas)
    frontier = above
    while frontier:  # areas merged into those above stand for them too
        frontier = (
            set(Area.objects.filter(merged_into__in=frontier).values_list("pk", flat=True)) - above
        )
        above |= frontier
    condition = Q(scope__areas__in=above) | Q(scope__units__in=list(units))
    return get_user_model().objects.filter(condition, is_active=True).distinct()
