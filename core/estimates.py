"""What PostgreSQL's planner expects of a query, without running it."""

import json

from django.db import connections


def estimated_rows(queryset):
    """The rows the plan of `queryset` expects (one EXPLAIN), or None off PostgreSQL."""
    if connections[queryset.db].vendor != "postgresql":
        return None
    return json.loads(queryset.explain(format="json"))[0]["Plan"]["Plan Rows"]
