import queue
sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for x in ["a", 1, None, 2.5]:
    sq.put(x)
sq.put_nowait("b")
print(sq.qsize(), sq.empty())
out = []
while not sq.empty():
    out.append(sq.get_nowait())
print(out)
try:
    sq.get(block=False)
except queue.Empty:
    print("Empty")
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
