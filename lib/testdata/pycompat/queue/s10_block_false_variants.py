import queue

q = queue.Queue(maxsize=1)
q.put("a", block=False)
try:
    q.put("b", block=False)
except queue.Full:
    print("Full")
try:
    q.put("b", False, 0.5)
except queue.Full:
    print("Full again")
print(q.get(block=False))
try:
    q.get(block=False)
except queue.Empty:
    print("Empty")
try:
    q.get(False, 5)
except queue.Empty:
    print("Empty again")
print(q.qsize(), q.empty(), q.full())
