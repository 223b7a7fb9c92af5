import queue
q = queue.PriorityQueue()
q.put(1); q.put(3)
try:
    q.put("x")
except TypeError as e:
    print("put:", e)
print(q.qsize(), q.unfinished_tasks, q.empty())
for _ in range(3):
    try:
        print("get:", q.get_nowait())
    except TypeError as e:
        print("get raised:", e)
    except queue.Empty:
        print("Empty")
print(q.qsize())
