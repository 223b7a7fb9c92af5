import multiprocessing as mp

def report(q):
    me = mp.current_process()
    parent = mp.parent_process()
    q.put((me.name, me.daemon, parent.name if parent else None, mp.active_children()))

if __name__ == "__main__":
    q = mp.Queue()
    for name, daemon in (("alpha", False), ("beta", True)):
        p = mp.Process(target=report, args=(q,), name=name, daemon=daemon)
        p.start()
        print(q.get())
        p.join()
    print(mp.current_process().name, mp.parent_process(), mp.active_children())
