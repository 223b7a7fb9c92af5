import multiprocessing

def worker(e, s, q):
    s.acquire()
    e.wait()
    q.put("released")
    s.release()

if __name__ == "__main__":
    e = multiprocessing.Event()
    s = multiprocessing.Semaphore(1)
    q = multiprocessing.Queue()
    print(e.is_set(), e.wait(0.05))
    ps = [multiprocessing.Process(target=worker, args=(e, s, q)) for _ in range(2)]
    for p in ps:
        p.start()
    e.set()
    print(q.get(), q.get())
    for p in ps:
        p.join()
    print(e.is_set(), s.get_value())
    e.clear()
    print(e.is_set())
