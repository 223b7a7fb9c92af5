import queue
import threading

pq = queue.PriorityQueue()
got = []
started = threading.Event()
more = threading.Event()

def getter():
    started.set()
    got.append(pq.get())
    more.wait()
    got.append(pq.get(timeout=10))

t = threading.Thread(target=getter)
t.start()
started.wait()
pq.put(3)
while not got:
    pass
pq.put(1)
pq.put(0)
more.set()
t.join()
print(got, pq.qsize())
