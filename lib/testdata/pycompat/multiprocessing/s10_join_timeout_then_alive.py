import multiprocessing, time

def nap(ev):
    ev.wait()

if __name__ == "__main__":
    ev = multiprocessing.Event()
    p = multiprocessing.Process(target=nap, args=(ev,))
    p.start()
    print(p.join(timeout=0.05), p.is_alive(), p.exitcode)
    ev.set()
    p.join(timeout=30)
    print(p.is_alive(), p.exitcode)
    print(p.join(0.01), p.exitcode)
