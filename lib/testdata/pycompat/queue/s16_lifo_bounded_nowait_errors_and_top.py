import queue

s = queue.LifoQueue(maxsize=2)
s.put_nowait("bottom")
s.put_nowait("top")
try:
    s.put_nowait("overflow")
except queue.Full:
    print("Full at", s.qsize())
print(s.get_nowait(), s.get_nowait())
try:
    s.get_nowait()
except queue.Empty:
    print("Empty at", s.qsize())
