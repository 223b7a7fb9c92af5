import queue

q = queue.PriorityQueue(5)
for x in (4, 2, 5, 1, 3):
    q.put_nowait(x)
try:
    q.put_nowait(0)
except queue.Full:
    print("Full")
out = []
try:
    while True:
        out.append(q.get_nowait())
except queue.Empty:
    print("Empty", out)
