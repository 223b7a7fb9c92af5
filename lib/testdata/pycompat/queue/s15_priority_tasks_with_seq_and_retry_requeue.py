import itertools
import queue

pq = queue.PriorityQueue()
seq = itertools.count()
for prio, name in [(2, "b"), (1, "a"), (3, "c")]:
    pq.put((prio, next(seq), name, 0))
log = []
while not pq.empty():
    prio, n, name, tries = pq.get()
    if name == "a" and tries < 2:
        log.append(f"{name} failed try {tries}")
        pq.put((prio + 2, next(seq), name, tries + 1))
        continue
    log.append(f"{name} ok after {tries} (prio {prio}, seq {n})")
print("\n".join(log))
