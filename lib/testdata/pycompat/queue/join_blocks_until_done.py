import queue
import threading

q = queue.Queue()
done_items = []
release = threading.Event()

def worker():
    while True:
        item = q.get()
        release.wait()
        done_items.append(item)
        q.task_done()

for i in range(4):
    q.put(i)
threading.Thread(target=worker, daemon=True).start()
joined = threading.Event()
threading.Thread(target=lambda: (q.join(), joined.set())).start()
print(joined.wait(0.05), q.unfinished_tasks > 0)
release.set()
print(joined.wait(30), done_items, q.unfinished_tasks)
