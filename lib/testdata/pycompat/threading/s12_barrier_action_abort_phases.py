import threading

log = []
def action():
    log.append("phase done")

b = threading.Barrier(2, action=action)
def w():
    for _ in range(2):
        b.wait()

t = threading.Thread(target=w)
t.start()
for _ in range(2):
    b.wait()
t.join()
print(log, b.broken, b.n_waiting, b.parties)
b.abort()
print(b.broken)
try:
    b.wait()
except threading.BrokenBarrierError as e:
    print("broken:", type(e).__name__, repr(str(e)))
b.reset()
print(b.broken)
t = threading.Thread(target=b.wait)
t.start()
print(b.wait() in (0, 1))
t.join()
print(log)
