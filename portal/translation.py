"""English beside Vietnamese (Decree 42/2022 Art. 7(2)): the texts the law asks for.

django-modeltranslation adds `<field>_vi` and `<field>_en` columns to each model below;
`obj.field` reads the current language and falls back to Vietnamese where the English
is empty (templates mark that text `lang="vi"`, portal_tags.lang_of).
"""

from modeltranslation.translator import TranslationOptions, register

from wards.models import Unit

from .models import Leader, SiteIdentity


@register(SiteIdentity)
class SiteIdentityTranslation(TranslationOptions):
    fields = ("name", "address", "licence", "introduction", "history")


@register(Leader)
class LeaderTranslation(TranslationOptions):
    fields = ("title",)


@register(Unit)
class UnitTranslation(TranslationOptions):
    fields = ("name", "functions", "address")
