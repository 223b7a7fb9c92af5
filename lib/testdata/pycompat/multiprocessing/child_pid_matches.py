import multiprocessing
import os

def report(q):
    me = multiprocessing.current_process()
    q.put((me.pid == os.getpid(), me.ident == os.getpid(), os.getppid() == multiprocessing.parent_process().pid))

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=report, args=(q,))
    p.start()
    got = q.get()
    p.join()
    print(got)
    print(multiprocessing.current_process().pid == os.getpid(), p.pid != os.getpid())
