import queue, threading

q = queue.LifoQueue(maxsize=2)
q.put(1); q.put(2)
for t in (0, 0.03):
    try:
        q.put(3, timeout=t)
    except queue.Full:
        print("timeout", t, "-> Full", q.full(), q.qsize())
popped = threading.Event()
def pop():
    print("popped", q.get())
    popped.set()
t = threading.Thread(target=pop)
t.start()
popped.wait()
q.put(3, timeout=0)
print("after room:", [q.get_nowait() for _ in range(q.qsize())])
t.join()
