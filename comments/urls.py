from django.urls import path

from news import ratings

from . import views

app_name = "comments"
urlpatterns = [
    path("binh-luan/<int:pk>/", views.post_comment, name="post"),
    path("danh-gia/<int:pk>/", ratings.rate_article, name="rate"),
]
