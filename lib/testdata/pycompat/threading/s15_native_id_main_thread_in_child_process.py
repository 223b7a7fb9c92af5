import multiprocessing
import os
import threading


def report(q):
    main = threading.main_thread()
    q.put((
        main.native_id == os.getpid(),
        threading.get_native_id() == os.getpid(),
        os.getpid() != os.getppid(),
        main.name,
    ))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=report, args=(q,))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode, threading.main_thread().native_id == os.getpid())
