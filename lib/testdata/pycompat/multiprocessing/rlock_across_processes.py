import multiprocessing

def try_it(r, out):
    out.put(r.acquire(timeout=0.05))

if __name__ == "__main__":
    r = multiprocessing.RLock()
    out = multiprocessing.Queue()
    r.acquire()
    r.acquire()
    p = multiprocessing.Process(target=try_it, args=(r, out))
    p.start()
    p.join()
    print(out.get())
    r.release()
    r.release()
    p = multiprocessing.Process(target=try_it, args=(r, out))
    p.start()
    p.join()
    print(out.get(), p.exitcode)
