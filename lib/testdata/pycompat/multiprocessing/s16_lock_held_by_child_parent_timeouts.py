import multiprocessing as mp


def holder(lock, held, release):
    with lock:
        held.set()
        release.wait(30)


if __name__ == "__main__":
    lock = mp.Lock()
    held, release = mp.Event(), mp.Event()
    p = mp.Process(target=holder, args=(lock, held, release))
    p.start()
    held.wait()
    print("parent, child holds it:", lock.acquire(timeout=0.2), lock.acquire(block=False))
    release.set()
    print("after child let go:", lock.acquire(timeout=30))
    lock.release()
    p.join()
    try:
        lock.release()
    except ValueError as e:
        print("ValueError:", e)
    print("exitcode:", p.exitcode)
