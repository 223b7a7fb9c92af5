import queue

q = queue.Queue(1)
q.put("a")
for how in ("timeout", "nowait", "block_false"):
    try:
        if how == "timeout":
            q.put("b", timeout=0.01)
        elif how == "nowait":
            q.put_nowait("b")
        else:
            q.put("b", block=False)
    except queue.Full:
        print(how, "Full")
print(q.qsize(), q.full(), q.empty(), q.get())
