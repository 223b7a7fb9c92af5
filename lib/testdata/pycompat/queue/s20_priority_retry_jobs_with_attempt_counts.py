import queue

pq = queue.PriorityQueue()
for prio, name in [(2, "email"), (1, "db"), (3, "log")]:
    pq.put((prio, 0, name))
attempts = {}
done = []
while not pq.empty():
    prio, tries, name = pq.get()
    attempts[name] = tries + 1
    if name == "db" and tries < 2:
        pq.put((prio + 2, tries + 1, name))
        continue
    done.append((name, prio))
print(done, sorted(attempts.items()))
