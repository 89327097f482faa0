from django.urls import path

from . import views

app_name = "mobilization"
urlpatterns = [
    path("dan-van-kheo/mo-hinh/", views.initiative_list, name="list"),
    path("dan-van-kheo/mo-hinh/<slug:slug>/", views.initiative_detail, name="detail"),
    path("dan-van-kheo/thong-ke/", views.statistics, name="statistics"),
    path("dan-van-kheo/thong-ke/csv/", views.statistics_csv, name="statistics-csv"),
]
