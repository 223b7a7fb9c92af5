import multiprocessing as mp


def child(q):
    q.put("from child")


if __name__ == "__main__":
    q = mp.SimpleQueue()
    p = mp.Process(target=child, args=(q,))
    p.start()
    print(q.get(), q.empty())
    p.join()
    q.close()
    for name, call in (("put", lambda: q.put(2)), ("get", q.get), ("empty", q.empty)):
        try:
            call()
        except OSError as e:
            print(name, type(e).__name__, e)
    q.close()
    print("closing twice is fine")
