import queue, threading

q = queue.Queue(2)
done = []

def worker():
    for _ in range(5):
        x = q.get()
        done.append(x)
        q.task_done()

t = threading.Thread(target=worker)
t.start()
for i in range(5):
    q.put(i)
q.join()
print(done, q.unfinished_tasks, q.full())
t.join()
