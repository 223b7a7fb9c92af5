import multiprocessing


def put(q, lock, k):
    with lock:
        q.put(k * k)
    return k


def is_set(ev):
    return ev.is_set()


def child(q, lock, ev):
    with multiprocessing.Pool(2) as pool:
        print(sorted(pool.starmap(put, [(q, lock, i) for i in range(4)])))
        r = pool.apply_async(is_set, (ev,))
        print(r.get())
    ev.set()


if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        q = m.Queue()
        lock = m.Lock()
        ev = m.Event()
        p = multiprocessing.Process(target=child, args=(q, lock, ev))
        p.start()
        p.join()
        print(p.exitcode, sorted(q.get() for _ in range(4)), ev.is_set())
