from django.contrib import admin

from .models import Abbreviation


@admin.register(Abbreviation)
class AbbreviationAdmin(admin.ModelAdmin):
    list_display = ["short", "full", "is_active"]
    list_editable = ["is_active"]
    search_fields = ["short", "full"]
