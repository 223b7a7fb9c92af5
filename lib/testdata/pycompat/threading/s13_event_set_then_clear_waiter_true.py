import threading, time

e = threading.Event()
got = []
def waiter(timeout):
    got.append((timeout, e.wait(timeout)))

ts = [threading.Thread(target=waiter, args=(t,)) for t in (None, 10)]
for t in ts:
    t.start()
time.sleep(0.5)
e.set()
e.clear()
for t in ts:
    t.join()
print(sorted(got, key=str))
print("flag now", e.is_set(), "wait(0)", e.wait(0))
