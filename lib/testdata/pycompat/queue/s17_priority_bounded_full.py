import queue

p = queue.PriorityQueue(2)
p.put(9)
p.put(4)
print(p.full(), p.qsize())
try:
    p.put_nowait(1)
except queue.Full:
    print("Full")
try:
    p.put(1, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(p.get())
p.put(1)
print(p.get(), p.get(), p.empty())
