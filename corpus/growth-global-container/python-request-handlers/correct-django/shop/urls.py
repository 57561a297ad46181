# Correct (bounded): the view keeps the counts of at most MAX_VISITORS
# addresses, and starts over when it reaches that many.

# expect-no-findings

from django.urls import path

from . import views

urlpatterns = [
    path("visit/", views.visit),
]
