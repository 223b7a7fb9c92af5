import multiprocessing as mp

def report(q, tag):
    me = mp.current_process()
    q.put((tag, me.name, me.daemon, mp.parent_process().name))

if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=report, args=(q, "x"), name="alpha", daemon=True)
    print(p.name, p.daemon, p.is_alive(), p.exitcode)
    p.start()
    print(q.get(timeout=30))
    p.join()
    print(p.name, p.daemon, p.is_alive(), p.exitcode)
    p2 = mp.Process(target=report, args=(q, "y"))
    p2.daemon = False
    p2.name = "beta"
    p2.start()
    print(q.get(timeout=30))
    p2.join()
    print(mp.current_process().name, mp.parent_process())
