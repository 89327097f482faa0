from django.urls import path

from . import views

app_name = "portal"
urlpatterns = [
    path("gioi-thieu/", views.introduction, name="introduction"),
    path("co-cau-to-chuc/", views.organization, name="organization"),
    path("lien-he/", views.contact, name="contact"),
    path("dia-ban/", views.directory, name="directory"),
    path("so-do-trang/", views.site_map, name="site-map"),
    path("tin-theo-ngay/", views.day_archive, name="day-picker"),
    path("tin-theo-ngay/<int:year>/<int:month>/<int:day>/", views.day_archive, name="day"),
]
