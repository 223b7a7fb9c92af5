import multiprocessing as mp

if __name__ == "__main__":
    v = mp.Value("i", 5)
    l = v.get_lock()
    print(l.acquire(block=False), l.acquire(block=False), l.acquire(timeout=0))
    for _ in range(3):
        l.release()
    try:
        l.release()
    except AssertionError as e:
        print(type(e).__name__ + ":", e)
    a = mp.Array("d", [1.5, 2.5, 4.0])
    with a.get_lock():
        with a.get_lock():
            a[0] = 9
    print(a[:], a[1:3], a[-1], len(a), sum(a))
