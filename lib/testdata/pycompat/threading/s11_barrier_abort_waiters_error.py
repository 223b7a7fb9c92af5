import threading

b = threading.Barrier(3)
errors = []
def waiter():
    try:
        b.wait()
    except threading.BrokenBarrierError:
        errors.append("broken")
ts = [threading.Thread(target=waiter) for _ in range(2)]
for t in ts:
    t.start()
while b.n_waiting < 2:
    pass
b.abort()
for t in ts:
    t.join()
print(errors, b.broken, b.n_waiting)
try:
    b.wait()
except threading.BrokenBarrierError:
    print("still broken")
b.reset()
print(b.broken)
