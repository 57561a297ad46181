# Mistake: a Django view counts every visitor's address in a module-level
# Counter; urls.py routes every request of /visit to it, and no entry is ever
# deleted.

import collections

from django.http import HttpResponse

visits = collections.Counter()  # expect-finding: growth-global-container fix=bounded


def visit(request):
    visits[request.META["REMOTE_ADDR"]] += 1  # expect-note: 'visits' grows here ([]+=)
    return HttpResponse("ok")
