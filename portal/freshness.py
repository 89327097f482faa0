"""Is the English of a text as new as its Vietnamese? ("Bản tiếng Anh chưa cập nhật")

Every save of a translated model compares each field's Vietnamese and English with the
stored row and stamps what changed (TranslationStamp). An English text older than its
Vietnamese original is stale. Rows are written only where an English text exists: a
missing translation is shown as missing, not as stale.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, OuterRef
from django.db.models.signals import post_save, pre_save
from django.utils import timezone
from modeltranslation.translator import NotRegistered, translator

from .models import TranslationStamp

LANGUAGES = ("vi", "en")


def translated_fields(model):
    """The names of `model`'s translated fields, () when it has none."""
    try:
        return tuple(translator.get_options_for_model(model).fields)
    except NotRegistered:
        return ()


def _columns(fields):
    return [f"{field}_{lang}" for field in fields for lang in LANGUAGES]


def _before_save(sender, instance, raw=False, **kwargs):
    fields = translated_fields(sender)
    instance._mt_before = {}
    if fields and not raw and not instance._state.adding and instance.pk:
        # One indexed read per save of a translated row (admin edits, not page views).
        row = sender._base_manager.filter(pk=instance.pk).values(*_columns(fields)).first()
        instance._mt_before = row or {}


def _after_save(sender, instance, created=False, raw=False, **kwargs):
    fields = translated_fields(sender)
    if not fields or raw:
        return
    before, now = getattr(instance, "_mt_before", {}), timezone.now()
    content_type = ContentType.objects.get_for_model(sender)
    for field in fields:
        english = getattr(instance, f"{field}_en", None) or ""
        changed = {
            lang: (getattr(instance, f"{field}_{lang}", None) or "")
            != (before.get(f"{field}_{lang}") or "")
            for lang in LANGUAGES
        }
        if not english or not any(changed.values()):
            continue
        stamps = {f"{lang}_changed_at": now for lang in LANGUAGES if changed[lang]}
        stamp, made = TranslationStamp.objects.get_or_create(
            content_type=content_type,
            object_id=instance.pk,
            field=field,
            defaults={f"{lang}_changed_at": now for lang in LANGUAGES},
        )
        if not made:
            TranslationStamp.objects.filter(pk=stamp.pk).update(**stamps)


def stale_fields(obj):
    """Verbose names of `obj`'s fields whose English is older than the Vietnamese."""
    stamps = TranslationStamp.objects.filter(
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=obj.pk,
        en_changed_at__lt=F("vi_changed_at"),
    ).values_list("field", flat=True)
    return [str(obj._meta.get_field(name).verbose_name).lower() for name in stamps]


def with_stale_flag(queryset):
    """`queryset` annotated `english_stale` (one EXISTS per row, in the same query)."""
    stale = TranslationStamp.objects.filter(
        content_type=ContentType.objects.get_for_model(queryset.model),
        object_id=OuterRef("pk"),
        en_changed_at__lt=F("vi_changed_at"),
    )
    return queryset.annotate(english_stale=Exists(stale))


def connect():
    """Watch every model registered with modeltranslation (portal/translation.py)."""
    for model in translator.get_registered_models(abstract=False):
        pre_save.connect(_before_save, sender=model, dispatch_uid=f"mt-before-{model._meta}")
        post_save.connect(_after_save, sender=model, dispatch_uid=f"mt-after-{model._meta}")
