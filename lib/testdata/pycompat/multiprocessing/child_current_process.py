import multiprocessing
import os

def info(q):
    me = multiprocessing.current_process()
    parent = multiprocessing.parent_process()
    q.put((me.name, me.pid == os.getpid(), me.daemon, parent.name, parent.pid == os.getppid()))

if __name__ == "__main__":
    q = multiprocessing.Queue()
    ps = [multiprocessing.Process(target=info, args=(q,), name="kid-%d" % i, daemon=(i == 1)) for i in range(2)]
    for p in ps:
        p.start()
        p.join()
    print(sorted(q.get() for _ in ps))
    main = multiprocessing.current_process()
    print(main.name, multiprocessing.parent_process())
