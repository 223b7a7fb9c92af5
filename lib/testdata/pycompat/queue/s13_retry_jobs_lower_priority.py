import queue

pq = queue.PriorityQueue()
attempts = {}
for prio, job in [(1, "fetch"), (2, "parse"), (1, "auth"), (3, "report")]:
    pq.put((prio, job))
log = []
while not pq.empty():
    prio, job = pq.get()
    attempts[job] = attempts.get(job, 0) + 1
    if job in ("auth", "parse") and attempts[job] < 3:
        log.append(f"{job} failed at priority {prio}")
        pq.put((prio + 2, job))
        continue
    log.append(f"{job} ok at priority {prio}")
print("\n".join(log))
print(sorted(attempts.items()), pq.qsize())
