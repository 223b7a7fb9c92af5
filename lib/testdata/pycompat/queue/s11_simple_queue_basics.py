import queue

sq = queue.SimpleQueue()
print(sq.empty(), sq.qsize())
for x in (3, 1, 2):
    sq.put(x)
sq.put_nowait(4)
print(sq.qsize(), sq.empty())
print([sq.get() for _ in range(3)], sq.get_nowait())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("Empty")
try:
    sq.get_nowait()
except queue.Empty:
    print("Empty again")
