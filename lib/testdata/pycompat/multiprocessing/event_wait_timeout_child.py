import multiprocessing

def waiter(e, q):
    q.put(e.wait(0.05))
    q.put(e.is_set())

if __name__ == "__main__":
    e = multiprocessing.Event()
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=waiter, args=(e, q))
    p.start()
    p.join()
    print(q.get(), q.get())
    e.set()
    p = multiprocessing.Process(target=waiter, args=(e, q))
    p.start()
    p.join()
    print(q.get(), q.get())
    e.clear()
    print(e.is_set(), e.wait(0.01))
