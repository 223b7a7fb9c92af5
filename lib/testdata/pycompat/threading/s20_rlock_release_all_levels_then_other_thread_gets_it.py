import threading

r = threading.RLock()
events = []
for _ in range(3):
    r.acquire()
got = []
def other():
    got.append(r.acquire(timeout=30))
    events.append("other has it")
    r.release()
t = threading.Thread(target=other)
t.start()
for level in range(3, 0, -1):
    events.append("main level %d" % level)
    r.release()
t.join()
print(events, got)
print(r.acquire(blocking=False))
r.release()
