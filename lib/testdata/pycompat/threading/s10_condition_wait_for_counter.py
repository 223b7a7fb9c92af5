import threading

cond = threading.Condition()
count = 0

def inc():
    global count
    for _ in range(5):
        with cond:
            count += 1
            cond.notify_all()

ts = [threading.Thread(target=inc) for _ in range(3)]
with cond:
    for t in ts:
        t.start()
    ok = cond.wait_for(lambda: count == 15)
    print(ok, count)
for t in ts:
    t.join()
with cond:
    print(cond.wait_for(lambda: count > 100, timeout=0.01))
