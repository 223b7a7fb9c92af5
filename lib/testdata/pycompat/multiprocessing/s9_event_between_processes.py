import multiprocessing

def waiter(e, q):
    q.put(e.wait(10))

if __name__ == "__main__":
    e = multiprocessing.Event()
    q = multiprocessing.Queue()
    print(e.is_set())
    p = multiprocessing.Process(target=waiter, args=(e, q))
    p.start()
    e.set()
    print(q.get(), e.is_set())
    p.join()
    e.clear()
    print(e.is_set(), e.wait(0.01))
