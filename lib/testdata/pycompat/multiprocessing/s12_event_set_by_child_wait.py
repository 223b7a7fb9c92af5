import multiprocessing

def signal(ev, q):
    q.put("child ready")
    ev.set()

if __name__ == "__main__":
    ev = multiprocessing.Event()
    q = multiprocessing.Queue()
    print(ev.is_set(), ev.wait(0.05))
    p = multiprocessing.Process(target=signal, args=(ev, q))
    p.start()
    print(ev.wait(30), q.get(), ev.is_set())
    p.join()
    ev.clear()
    print(ev.is_set(), p.exitcode)
