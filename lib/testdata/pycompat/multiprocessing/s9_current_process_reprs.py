import multiprocessing, re

def show(q):
    q.put(re.sub(r"=\d+", "=N", repr(multiprocessing.current_process())))

if __name__ == "__main__":
    print(multiprocessing.current_process())
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=show, args=(q,))
    p.start()
    print(q.get())
    p.join()
    d = multiprocessing.Process(target=show, args=(q,), name="d", daemon=True)
    d.start()
    print(q.get())
    d.join()
