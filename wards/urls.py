from django.urls import path

from . import feeds, views

app_name = "wards"
urlpatterns = [
    path("dia-ban/<slug:slug>/", views.area_detail, name="area"),
    path("dia-ban/<slug:slug>/rss/", feeds.AreaFeed(), name="area-feed"),
    path("don-vi/<slug:slug>/", views.unit_detail, name="unit"),
]
