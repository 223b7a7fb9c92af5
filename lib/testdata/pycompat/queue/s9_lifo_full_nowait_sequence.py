import queue

q = queue.LifoQueue(3)
for i in "abc":
    q.put_nowait(i)
print(q.full(), q.qsize())
try:
    q.put_nowait("d")
except queue.Full:
    print("Full")
out = []
while True:
    try:
        out.append(q.get_nowait())
    except queue.Empty:
        print("Empty")
        break
print(out)
