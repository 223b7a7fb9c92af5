import itertools
import queue
import threading

pq = queue.PriorityQueue()
seq = itertools.count()
order = []
gate = threading.Event()


def worker():
    gate.wait()
    while True:
        prio, _, name = pq.get()
        if name is None:
            pq.task_done()
            break
        order.append((prio, name))
        pq.task_done()


t = threading.Thread(target=worker)
t.start()
for prio, name in [(5, "low"), (1, "urgent"), (3, "normal"), (1, "urgent2"), (0.5, "critical")]:
    pq.put((prio, next(seq), name))
pq.put((float("inf"), next(seq), None))
gate.set()
pq.join()
t.join()
print(order)
