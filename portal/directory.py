"""The site's areas as readers look for them: wards, their residential groups, and the
wards merged away in the 2025 reform with where they went."""

from dataclasses import dataclass, field

from django.db.models import Q

from wards.models import Area

from .models import SiteIdentity


@dataclass
class Place:
    """An area with the live areas under it and the dissolved ones it took in."""

    area: Area
    children: list = field(default_factory=list)
    merged: list = field(default_factory=list)


@dataclass
class Directory:
    root: Area | None  # the area the site serves; None before one is set
    places: list  # the live areas under the root (or the top areas), each a Place
    merged: list  # dissolved areas under or into the root, each a Place

    @classmethod
    def of_site(cls, depth=2):
        """The area served, two levels down (with merged areas at each): one query a
        level, whatever the number of areas."""
        root = SiteIdentity.current().area
        if root is None:
            first = Area.objects.filter(parent__isnull=True)
        else:
            first = Area.objects.filter(Q(parent=root) | Q(merged_into=root))
        first = list(first.select_related("merged_into"))
        second = []
        if depth > 1 and first:
            ids = [area.pk for area in first]
            second = list(
                Area.objects.filter(Q(parent__in=ids) | Q(merged_into__in=ids)).select_related(
                    "merged_into"
                )
            )
        places = {area.pk: Place(area) for area in first + second}
        for area in second:
            gone = bool(area.dissolved_on or area.merged_into_id)
            owner = places.get(area.merged_into_id) if gone else None
            owner = (
                owner or places[area.parent_id if area.parent_id in places else area.merged_into_id]
            )
            (owner.merged if gone else owner.children).append(area)
        live = [places[a.pk] for a in first if not (a.dissolved_on or a.merged_into_id)]
        gone = [places[a.pk] for a in first if a.dissolved_on or a.merged_into_id]
        return cls(root=root, places=live, merged=gone)
