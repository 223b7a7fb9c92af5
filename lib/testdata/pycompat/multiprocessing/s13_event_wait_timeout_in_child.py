import multiprocessing as mp

def waiter(e, q):
    q.put(("first wait(0.1)", e.wait(0.1), e.is_set()))
    q.put(("second wait(10)", e.wait(10), e.is_set()))

if __name__ == "__main__":
    e = mp.Event()
    q = mp.Queue()
    p = mp.Process(target=waiter, args=(e, q))
    p.start()
    print(q.get())
    e.set()
    print(q.get())
    p.join()
    print("parent:", e.is_set(), e.wait(0), p.exitcode)
    e.clear()
    print("cleared:", e.is_set(), e.wait(0), e.wait(-1))
