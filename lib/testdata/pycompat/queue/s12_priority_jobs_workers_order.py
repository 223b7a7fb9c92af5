import queue, threading
pq = queue.PriorityQueue()
for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
    pq.put((prio, job))
done = []
def worker():
    while True:
        try:
            prio, job = pq.get_nowait()
        except queue.Empty:
            return
        done.append(job)
        pq.task_done()
t = threading.Thread(target=worker)
t.start(); t.join()
pq.join()
print(done)
