from django.urls import path

from . import feeds, views

app_name = "documents"
urlpatterns = [
    path("van-ban/", views.register, name="list"),
    path("van-ban/rss/", feeds.DocumentFeed(), name="feed"),
    path("van-ban/<slug:slug>-<int:pk>/", views.detail, name="detail"),
    path("van-ban/tep/<int:pk>/<str:name>", views.download, name="file"),
]
