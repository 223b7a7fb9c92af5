import queue, threading, time

q = queue.Queue()
done = []
lock = threading.Lock()

def worker():
    while True:
        item = q.get()
        time.sleep(0.002)
        with lock:
            done.append(item)
        q.task_done()

for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for item in range(20):
    q.put(item)
q.join()
print("all work completed", len(done), sorted(done) == list(range(20)))
for item in range(5):
    q.put(item)
q.join()
print(len(done), q.unfinished_tasks)
