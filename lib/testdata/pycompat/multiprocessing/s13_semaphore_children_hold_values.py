import multiprocessing as mp

def hold(sem, got, release):
    sem.acquire()
    got.release()
    release.wait()
    sem.release()

if __name__ == "__main__":
    sem = mp.Semaphore(2)
    got = mp.Semaphore(0)
    release = mp.Event()
    ps = [mp.Process(target=hold, args=(sem, got, release)) for _ in range(2)]
    for p in ps:
        p.start()
    got.acquire(); got.acquire()
    print("held by children: value", sem.get_value())
    print("parent acquire(timeout=0.1):", sem.acquire(timeout=0.1), "block=False:", sem.acquire(block=False))
    release.set()
    for p in ps:
        p.join()
    print("after: value", sem.get_value(), [p.exitcode for p in ps])
    print(sem.acquire(timeout=0), sem.get_value())
