import queue
import threading

pq = queue.PriorityQueue()
start = threading.Event()
log = []


def worker():
    start.wait()
    while True:
        prio, seq, task = pq.get()
        if task is None:
            pq.task_done()
            break
        log.append(f"{prio}:{task}")
        pq.task_done()


w = threading.Thread(target=worker)
w.start()
tasks = [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent-2"), (3, "low-2"), (2, "normal-2")]
for seq, (prio, task) in enumerate(tasks):
    pq.put((prio, seq, task))
pq.put((99, len(tasks), None))
print("queued", pq.qsize(), pq.unfinished_tasks)
start.set()
pq.join()
w.join()
print(log)
print(pq.qsize(), pq.unfinished_tasks)
