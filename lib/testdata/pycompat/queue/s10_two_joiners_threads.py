import queue, threading

q = queue.Queue()
for i in range(3):
    q.put(i)
released = []
lock = threading.Lock()
def joiner(name):
    q.join()
    with lock:
        released.append(name)

js = [threading.Thread(target=joiner, args=(n,)) for n in ("j1", "j2")]
for j in js:
    j.start()
for _ in range(3):
    q.get()
    q.task_done()
for j in js:
    j.join()
print(sorted(released), q.unfinished_tasks)
