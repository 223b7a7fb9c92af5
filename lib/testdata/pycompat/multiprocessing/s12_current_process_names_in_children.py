import multiprocessing

def who(q):
    me = multiprocessing.current_process()
    q.put((me.name, me.daemon, multiprocessing.parent_process().name))

if __name__ == "__main__":
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=who, args=(q,)), multiprocessing.Process(target=who, args=(q,), name="custom", daemon=True)]
    for p in ps: p.start()
    for p in ps: p.join()
    print(sorted(q.get() for _ in ps))
    print(multiprocessing.current_process().name, multiprocessing.parent_process())
