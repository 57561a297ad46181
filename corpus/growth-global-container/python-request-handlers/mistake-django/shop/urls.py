# Mistake: a Django view counts every visitor's address in a module-level
# Counter; urls.py routes every request of /visit to it, and no entry is ever
# deleted.

from django.urls import path

from . import views

urlpatterns = [
    path("visit/", views.visit),  # expect-note: 'visit' is long-lived: it is registered with 'django.urls.path' as a long-lived callback
]
