import queue, threading

q = queue.SimpleQueue()
gates = [threading.Event() for _ in range(4)]
def producer(i):
    gates[i].wait()
    q.put(f"from {i}")
    if i + 1 < len(gates):
        gates[i + 1].set()

ts = [threading.Thread(target=producer, args=(i,)) for i in reversed(range(4))]
for t in ts:
    t.start()
gates[0].set()
for t in ts:
    t.join()
print([q.get() for _ in range(4)], q.empty())
