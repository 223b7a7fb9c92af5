import queue

s = queue.LifoQueue(maxsize=3)
for x in (10, 20, 30):
    s.put_nowait(x)
try:
    s.put_nowait(40)
except queue.Full:
    print("Full at", s.qsize())
popped = []
while True:
    try:
        popped.append(s.get_nowait())
    except queue.Empty:
        print("Empty after", len(popped))
        break
print(popped, s.empty(), s.full())
