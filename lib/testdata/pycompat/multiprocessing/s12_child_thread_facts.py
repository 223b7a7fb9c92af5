import multiprocessing, threading

def facts(q):
    t = threading.current_thread()
    q.put((t.name, t is threading.main_thread(), threading.active_count(), multiprocessing.current_process().name))

def in_thread(q):
    th = threading.Thread(target=facts, args=(q,), name="inner")
    th.start(); th.join()

if __name__ == "__main__":
    q = multiprocessing.Queue()
    for target in (facts, in_thread):
        p = multiprocessing.Process(target=target, args=(q,))
        p.start(); p.join()
        print(q.get())
