import multiprocessing
import os

def report(q):
    q.put((os.getpid(), os.getppid()))

if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=report, args=(q,))
    print(p.pid)
    p.start()
    child, parent = q.get()
    p.join()
    print(child == p.pid, child != os.getpid(), parent == os.getpid())
