import queue

q = queue.SimpleQueue()
for how in ("block=False", "timeout=0", "get_nowait"):
    try:
        if how == "block=False":
            q.get(block=False)
        elif how == "timeout=0":
            q.get(timeout=0)
        else:
            q.get_nowait()
    except queue.Empty:
        print(how, "Empty")
q.put(1)
q.put(2, block=True, timeout=1)
print(q.get(block=False), q.get(timeout=0), q.qsize())
try:
    q.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)
