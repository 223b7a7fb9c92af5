import queue, threading

q = queue.Queue()
for i in range(3):
    q.put(i)
items = [q.get() for _ in range(3)]
print("got", items, "unfinished", q.unfinished_tasks)
def finisher():
    for _ in items:
        q.task_done()
t = threading.Thread(target=finisher)
t.start()
q.join()
t.join()
print("joined, unfinished", q.unfinished_tasks)
