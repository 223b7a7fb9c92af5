import multiprocessing as mp


def add(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


if __name__ == "__main__":
    v = mp.Value("i", 0)
    ps = [mp.Process(target=add, args=(v, 200)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, v)
    lock = v.get_lock()
    print(lock.acquire(), lock.acquire(), "reentrant:", lock)
    lock.release()
    lock.release()
    f = mp.Value("d", 0.5)
    with f.get_lock():
        f.value *= 3
    print(f.value, f)
    c = mp.Value("c", b"x")
    c.value = b"y"
    print(c.value, c)
