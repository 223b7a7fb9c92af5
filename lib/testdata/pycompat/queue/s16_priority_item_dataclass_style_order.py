import queue
from dataclasses import dataclass, field
from typing import Any


@dataclass(order=True)
class Job:
    priority: int
    name: Any = field(compare=False)


pq = queue.PriorityQueue()
for p, n in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put(Job(p, n))
out = []
while not pq.empty():
    j = pq.get()
    out.append((j.priority, j.name))
print(out[0][0], out[1][0], out[2], out[3])
print(sorted(n for p, n in out if p == 1))
