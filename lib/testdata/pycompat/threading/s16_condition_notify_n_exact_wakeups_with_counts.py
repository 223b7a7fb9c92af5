import threading

cond = threading.Condition()
tokens = 0
served = []
arrived = threading.Semaphore(0)
lock = threading.Lock()


def consumer(i):
    global tokens
    with cond:
        arrived.release()
        cond.wait_for(lambda: tokens > 0, timeout=30)
        tokens -= 1
        with lock:
            served.append(i)


ts = [threading.Thread(target=consumer, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for _ in ts:
    arrived.acquire()
with cond:
    tokens += 2
    cond.notify(2)
while True:
    with lock:
        if len(served) == 2:
            break
print("after two tokens:", len(served))
with cond:
    tokens += 2
    cond.notify_all()
for t in ts:
    t.join()
print("all served:", sorted(served), "tokens left:", tokens)
