import queue, threading

q = queue.LifoQueue()
got = []

def consumer():
    got.append(q.get())
    got.append(q.get(timeout=5))

t = threading.Thread(target=consumer)
t.start()
q.put("first")
while q.qsize() or len(got) < 1:
    pass
q.put("second")
t.join()
print(got)
