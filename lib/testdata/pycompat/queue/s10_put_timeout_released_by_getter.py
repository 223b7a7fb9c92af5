import queue, threading

q = queue.Queue(2)
q.put("a"); q.put("b")
results = []
def slow_consumer():
    results.append(q.get())
t = threading.Timer(0.02, slow_consumer)
t.start()
q.put("c", timeout=10)
t.join()
print(results, [q.get(), q.get()], q.empty())
try:
    q.put("x", timeout=0)
    q.put("y", timeout=0)
    q.put("z", timeout=0)
except queue.Full:
    print("Full after", q.qsize())
