import queue

sq = queue.SimpleQueue()
print("empty:", sq.empty(), sq.qsize())
for call in (lambda: sq.get(block=False), lambda: sq.get(timeout=0.1), sq.get_nowait, lambda: sq.get(False, 3)):
    try:
        call()
    except queue.Empty:
        print("Empty")
sq.put(1, block=False)
sq.put(2, timeout=0.01)
sq.put_nowait(3)
print("three in:", sq.qsize(), sq.empty())
print(sq.get(block=False), sq.get(timeout=0), sq.get_nowait(), sq.empty())
