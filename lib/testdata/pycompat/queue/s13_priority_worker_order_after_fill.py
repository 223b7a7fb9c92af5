import queue, threading

q = queue.PriorityQueue()
for prio, task in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent"), (5, "later")]:
    q.put((prio, task))
order = []
def worker():
    while True:
        prio, task = q.get()
        order.append(f"{prio}:{task}")
        q.task_done()
threading.Thread(target=worker, daemon=True).start()
q.join()
print(order)
