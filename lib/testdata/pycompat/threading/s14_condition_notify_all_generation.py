import threading

cond = threading.Condition()
generation = 0
woken = []
waiting = threading.Semaphore(0)


def waiter(i):
    with cond:
        my = generation
        waiting.release()
        cond.wait_for(lambda: generation > my)
        woken.append(i)


threads = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for _ in threads:
    waiting.acquire()
with cond:
    generation += 1
    cond.notify_all()
for t in threads:
    t.join()
print(sorted(woken), generation)
