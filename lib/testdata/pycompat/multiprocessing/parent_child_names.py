import multiprocessing

def report(q):
    me = multiprocessing.current_process()
    q.put((me.name, multiprocessing.parent_process().name, me.daemon))

if __name__ == "__main__":
    print(multiprocessing.current_process().name, multiprocessing.parent_process())
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=report, args=(q,), name="reporter")
    d = multiprocessing.Process(target=report, args=(q,), daemon=True)
    print(p.daemon, d.daemon)
    for x in (p, d):
        x.start()
        x.join()
    print(q.get())
    print(q.get())
