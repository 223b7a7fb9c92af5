import queue
import threading

q = queue.Queue(maxsize=50)
total = [0]

def consumer():
    while True:
        x = q.get()
        if x is None:
            break
        total[0] += x

t = threading.Thread(target=consumer)
t.start()
for i in range(10000):
    q.put(i)
q.put(None)
t.join()
print(total[0], q.qsize(), q.unfinished_tasks)
