import queue
import threading

q = queue.Queue(maxsize=1)
q.put("first")
go = threading.Event()


def consumer():
    go.wait()
    print("consumer got", q.get())


t = threading.Thread(target=consumer)
t.start()
go.set()
q.put("second", timeout=10)
t.join()
print(q.get_nowait(), q.qsize())
try:
    q.put("x", block=True, timeout=-1)
except ValueError as e:
    print("ValueError:", e)
