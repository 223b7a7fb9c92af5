import multiprocessing as mp


def producer(cond, value):
    for i in range(1, 4):
        with cond:
            value.value = i
            cond.notify_all()


def holder(sem, q, ev):
    sem.acquire()
    q.put("held")
    ev.wait(30)
    sem.release()


if __name__ == "__main__":
    cond = mp.Condition()
    value = mp.Value("i", 0)
    p = mp.Process(target=producer, args=(cond, value))
    with cond:
        p.start()
        ok = cond.wait_for(lambda: value.value == 3, timeout=30)
    p.join()
    print("saw 3:", ok, value.value)
    with cond:
        print("wait_for false with timeout:", cond.wait_for(lambda: value.value == 99, timeout=0.2))
    sem, q, ev = mp.Semaphore(2), mp.Queue(), mp.Event()
    ps = [mp.Process(target=holder, args=(sem, q, ev)) for _ in range(2)]
    for x in ps:
        x.start()
    print(sorted(q.get() for _ in ps), "parent sees:", sem.get_value(), sem.acquire(timeout=0.2))
    ev.set()
    for x in ps:
        x.join()
    print("all back:", sem.get_value())
