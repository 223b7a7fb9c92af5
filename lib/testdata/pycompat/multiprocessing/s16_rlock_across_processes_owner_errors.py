import multiprocessing as mp


def try_release(rlock, q):
    try:
        rlock.release()
        q.put("released")
    except AssertionError as e:
        q.put("AssertionError: %s" % e)


if __name__ == "__main__":
    rlock = mp.RLock()
    q = mp.Queue()
    try:
        rlock.release()
    except AssertionError as e:
        print("parent, not held:", e)
    rlock.acquire()
    rlock.acquire()
    p = mp.Process(target=try_release, args=(rlock, q))
    p.start()
    print("child:", q.get(timeout=30))
    p.join()
    rlock.release()
    rlock.release()
    print(rlock)
