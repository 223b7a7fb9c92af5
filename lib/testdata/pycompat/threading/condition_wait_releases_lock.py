import threading

lock = threading.Lock()
cond = threading.Condition(lock)
seen = []

def other():
    with cond:
        seen.append(lock.locked())
        cond.notify()

with cond:
    t = threading.Thread(target=other)
    t.start()
    cond.wait()
    print("after wait, lock held again:", lock.locked())
t.join()
print(seen, lock.locked())
