from django import template

register = template.Library()


@register.inclusion_tag("documents/_menu_item.html", takes_context=True)
def documents_menu_item(context):
    """The register's entry in the main menu (no query)."""
    request = context.get("request")
    return {"current": bool(request and request.path.startswith("/van-ban/"))}
