from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MobilizationConfig(AppConfig):
    name = "mobilization"
    verbose_name = _("“Skilful mobilization” models")
