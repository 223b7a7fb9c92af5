import queue, threading
sq = queue.SimpleQueue()
threading.Timer(0.02, sq.put, args=(42,)).start()
print(sq.get(timeout=5))
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty")
sq.put(None)
print(sq.get(block=False), sq.empty())
