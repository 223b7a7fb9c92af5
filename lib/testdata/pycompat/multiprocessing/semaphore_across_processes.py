import multiprocessing

def take(sem, out):
    out.put(sem.acquire(timeout=0.05))

if __name__ == "__main__":
    sem = multiprocessing.Semaphore(2)
    out = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=take, args=(sem, out)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(out.get() for _ in range(3)), sem.get_value())
    sem.release()
    sem.release()
    print(sem.get_value())
