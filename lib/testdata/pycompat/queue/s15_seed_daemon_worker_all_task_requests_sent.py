import queue
import threading

q = queue.Queue()
log = []


def worker():
    while True:
        item = q.get()
        log.append(f"Working on {item}")
        log.append(f"Finished {item}")
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for item in range(30):
    q.put(item)
print("All task requests sent")
q.join()
print("All work completed", len(log), log[0], log[-1])
