import queue
import threading

q = queue.Queue()
got = []

def consumer():
    for _ in range(3):
        got.append(q.get(timeout=30))

t = threading.Thread(target=consumer)
t.start()
for x in ("a", "b", "c"):
    q.put(x)
t.join()
print(got, q.empty())
