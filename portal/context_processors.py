from django.utils.functional import SimpleLazyObject

from .models import SiteIdentity


def site(request):
    """SITE_NAME from the site's identity (read only when a template shows it)."""
    identity = SimpleLazyObject(SiteIdentity.current)
    return {"SITE_NAME": SimpleLazyObject(lambda: identity.name), "site_identity": identity}
