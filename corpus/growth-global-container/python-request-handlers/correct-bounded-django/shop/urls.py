# Correct (bounded): the Django view counts visitors in an OrderedDict and
# evicts the oldest address before a new one is counted once it holds
# MAX_VISITS; urls.py routes every request of /visit to it as before.
# expect-no-findings

from django.urls import path

from . import views

urlpatterns = [
    path("visit/", views.visit),
]
