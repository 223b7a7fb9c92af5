import multiprocessing as mp

if __name__ == "__main__":
    for make, arg in ((mp.Semaphore, -1), (mp.BoundedSemaphore, -1)):
        try:
            make(arg)
        except OSError as e:
            print(make.__name__, arg, "OSError:", e)
    print(mp.Queue(0).full(), mp.Queue(-1).full(), mp.Queue(1).full())
    p = mp.Process(target=print)
    print(p.pid, p.ident, p.exitcode, p.is_alive(), p.name, p.daemon)
    p.daemon = True
    print("daemon set before start:", p.daemon)
