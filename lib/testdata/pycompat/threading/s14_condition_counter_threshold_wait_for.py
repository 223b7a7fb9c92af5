import threading

cond = threading.Condition()
count = 0


def worker():
    global count
    with cond:
        count += 1
        cond.notify_all()


with cond:
    threads = [threading.Thread(target=worker) for _ in range(5)]
    for t in threads:
        t.start()
    print("reached 5:", cond.wait_for(lambda: count == 5, timeout=10))
    print("reached 6:", cond.wait_for(lambda: count == 6, timeout=0.1))
    print("count:", count)
for t in threads:
    t.join()
with cond:
    print("notified with no waiters:", cond.wait(timeout=0.05))
