import multiprocessing as mp, queue

if __name__ == "__main__":
    q = mp.Queue()
    for name, call in (("get(timeout=0)", lambda: q.get(timeout=0)),
                       ("get(timeout=-1)", lambda: q.get(timeout=-1)),
                       ("get(block=False)", lambda: q.get(block=False)),
                       ("get_nowait()", q.get_nowait),
                       ("get(timeout=0.05)", lambda: q.get(timeout=0.05))):
        try:
            call()
        except queue.Empty as e:
            print(name, "->", type(e).__name__, repr(str(e)), e.__class__ is queue.Empty)
    q.put("x")
    print(q.get(timeout=5), q.empty())
