import queue, threading

q = queue.SimpleQueue()
out = []

def consumer():
    for _ in range(3):
        out.append(q.get())

t = threading.Thread(target=consumer)
t.start()
for x in ("x", "y", "z"):
    q.put(x)
t.join()
print(out, q.empty())
