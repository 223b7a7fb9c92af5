import multiprocessing, os

def report(q):
    me = multiprocessing.current_process()
    q.put((me.name, os.getpid() == me.pid, multiprocessing.parent_process().name))

if __name__ == "__main__":
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=report, args=(q,), name="job-%d" % i) for i in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in ps))
    print(multiprocessing.current_process().name, multiprocessing.parent_process())
    print(all(p.pid != os.getpid() for p in ps))
