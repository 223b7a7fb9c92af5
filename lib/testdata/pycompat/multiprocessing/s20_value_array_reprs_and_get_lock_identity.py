import multiprocessing as mp


def bump(v, a):
    with v.get_lock():
        v.value += 10
    with a.get_lock():
        for i in range(len(a)):
            a[i] = a[i] * 2


if __name__ == "__main__":
    v = mp.Value("d", 1.5)
    a = mp.Array("i", [1, 2, 3])
    print(v.value, a[:], len(a))
    p = mp.Process(target=bump, args=(v, a))
    p.start()
    p.join()
    print(v.value, a[:], a[-1], p.exitcode)
    v.value = -0.25
    a[0] = -7
    print(v.value, list(a))
    print(v.get_lock() is v.get_lock(), a.get_lock().acquire(timeout=1), a.get_lock().acquire(False))
    a.get_lock().release()
    a.get_lock().release()
