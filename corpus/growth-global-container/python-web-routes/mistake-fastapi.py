# Mistake: a FastAPI route appends every event to a module list that nothing
# ever trims; the route runs for every request.

from fastapi import APIRouter

router = APIRouter()
history = []  # expect-finding: growth-global-container fix=bounded


@router.post("/events")  # expect-note: 'record' is long-lived: its decorator '@router.post' registers it as a handler that runs again and again
async def record(event: dict):
    history.append(event)  # expect-note: 'history' grows here (append)
    return {"count": len(history)}
