import multiprocessing

def report(lock, i):
    with lock:
        print(f"worker {i} in critical section", flush=True)

if __name__ == "__main__":
    lock = multiprocessing.Lock()
    for i in range(3):
        p = multiprocessing.Process(target=report, args=(lock, i))
        p.start()
        p.join()
    print(lock.acquire(timeout=1), lock.acquire(block=False))
    lock.release()
