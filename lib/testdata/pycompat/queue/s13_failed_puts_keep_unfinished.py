import queue

q = queue.Queue(maxsize=1)
q.put("a")
for name, call in (("put_nowait", lambda: q.put_nowait("b")),
                   ("put(block=False)", lambda: q.put("b", block=False)),
                   ("put(timeout=0)", lambda: q.put("b", timeout=0)),
                   ("put(timeout=0.02)", lambda: q.put("b", timeout=0.02))):
    try:
        call()
    except queue.Full:
        print(name, "-> Full; qsize", q.qsize(), "unfinished", q.unfinished_tasks)
print(q.get())
q.task_done()
q.join()
print("joined; unfinished", q.unfinished_tasks, "empty", q.empty())
