import multiprocessing

def use(sem, q):
    with sem:
        q.put(sem.get_value())

if __name__ == "__main__":
    sem = multiprocessing.BoundedSemaphore(2)
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=use, args=(sem, q)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    vals = [q.get() for _ in ps]
    print(all(v in (0, 1) for v in vals), sem.get_value())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    s = multiprocessing.Semaphore(0)
    print(s.acquire(timeout=0.01), s.acquire(block=False))
    s.release(); s.release()
    print(s.get_value())
