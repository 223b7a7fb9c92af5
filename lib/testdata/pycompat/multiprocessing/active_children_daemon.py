import multiprocessing

def wait_for(e):
    e.wait()

if __name__ == "__main__":
    e = multiprocessing.Event()
    d = multiprocessing.Process(target=wait_for, args=(e,), daemon=True, name="d")
    n = multiprocessing.Process(target=wait_for, args=(e,), name="n")
    print(d.daemon, n.daemon)
    d.start()
    n.start()
    print(sorted(p.name for p in multiprocessing.active_children()))
    e.set()
    d.join()
    n.join()
    print(multiprocessing.active_children(), d.exitcode, n.exitcode)
