from django.urls import path

from . import feeds, ratings, views

app_name = "news"
urlpatterns = [
    path("", views.home, name="home"),
    path("rss/", feeds.LatestFeed(), name="feed"),
    path("chuyen-muc/<slug:slug>/", views.section_detail, name="section"),
    path("chuyen-muc/<slug:slug>/rss/", feeds.SectionFeed(), name="section-feed"),
    path("tin/<slug:slug>-<int:pk>/", views.article_detail, name="article"),
    path("tin/<slug:slug>-<int:pk>/ban-in/", views.article_print, name="article-print"),
    path("danh-gia/<int:pk>/", ratings.rate_article, name="rate"),
    path("bien-tap/tai-anh/", views.editor_upload, name="editor-upload"),
]
