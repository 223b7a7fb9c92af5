import queue, threading
s = queue.LifoQueue()
try:
    s.get(timeout=0.02)
except queue.Empty:
    print("empty stack")
threading.Timer(0.02, s.put, args=("late",)).start()
print(s.get(timeout=5), s.qsize())
