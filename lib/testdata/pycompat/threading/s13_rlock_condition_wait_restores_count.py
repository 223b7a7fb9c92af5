import threading, re

c = threading.Condition(threading.RLock())
def count():
    return int(re.search(r"count=(\d+)", repr(c._lock) if hasattr(c, "_lock") else repr(c)).group(1))

c.acquire()
c.acquire()
c.acquire()
print("held", count(), "times")
print("wait(0.02) ->", c.wait(0.02))
print("held again", count(), "times")
seen = []
t = threading.Thread(target=lambda: seen.append(c.acquire(timeout=0)))
t.start(); t.join()
print("other thread acquire(timeout=0):", seen[0])
for _ in range(3):
    c.release()
print("after three releases", count())
t = threading.Thread(target=lambda: seen.append(c.acquire(timeout=0)))
t.start(); t.join()
print("other thread now:", seen[1])
