# Correct (bounded): the view keeps the counts of at most MAX_VISITORS
# addresses, and starts over when it reaches that many.

# expect-no-findings

import collections

from django.http import HttpResponse

MAX_VISITORS = 10000
visits = collections.Counter()


def visit(request):
    if len(visits) >= MAX_VISITORS:
        visits.clear()
    visits[request.META["REMOTE_ADDR"]] += 1
    return HttpResponse("ok")
