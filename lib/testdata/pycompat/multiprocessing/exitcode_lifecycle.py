import multiprocessing

def wait_for(ev):
    ev.wait()

if __name__ == "__main__":
    ev = multiprocessing.Event()
    p = multiprocessing.Process(target=wait_for, args=(ev,))
    print(p.exitcode, p.pid, p.is_alive())
    p.start()
    print(p.exitcode, p.pid is not None, p.is_alive())
    ev.set()
    p.join()
    print(p.exitcode, p.pid is not None, p.is_alive())
    p.terminate()
    p.join()
    print(p.exitcode)
