import multiprocessing as mp

def holder(lock, taken, done):
    with lock:
        taken.set()
        done.wait()

if __name__ == "__main__":
    lock = mp.Lock()
    taken, done = mp.Event(), mp.Event()
    p = mp.Process(target=holder, args=(lock, taken, done))
    p.start()
    taken.wait()
    print("while the child holds it:", lock.acquire(timeout=0.1), lock.acquire(block=False), lock.acquire(timeout=0))
    done.set()
    print("after the child lets go:", lock.acquire(timeout=10))
    p.join()
    lock.release()
    print("exitcode", p.exitcode, "free again:", lock.acquire(block=False))
