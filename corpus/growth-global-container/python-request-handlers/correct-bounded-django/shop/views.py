# Correct (bounded): the Django view counts visitors in an OrderedDict and
# evicts the oldest address before a new one is counted once it holds
# MAX_VISITS; urls.py routes every request of /visit to it as before.
# expect-no-findings

import collections

from django.http import HttpResponse

MAX_VISITS = 10000

visits = collections.OrderedDict()


def visit(request):
    addr = request.META["REMOTE_ADDR"]
    if addr not in visits and len(visits) >= MAX_VISITS:
        visits.popitem(last=False)
    visits[addr] = visits.get(addr, 0) + 1
    return HttpResponse("ok")
