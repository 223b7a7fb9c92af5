import multiprocessing as mp


def take(sem, q):
    q.put(sem.acquire(timeout=0.05))


if __name__ == "__main__":
    sem = mp.Semaphore(2)
    q = mp.Queue()
    results = []
    for _ in range(3):
        p = mp.Process(target=take, args=(sem, q))
        p.start()
        p.join()
        results.append(q.get(timeout=30))
    print(results, sem.get_value())
    sem.release()
    sem.release()
    sem.release()
    print(sem.get_value())
    b = mp.BoundedSemaphore(1)
    b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e, b.get_value())
