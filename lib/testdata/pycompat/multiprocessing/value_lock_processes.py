import multiprocessing

def add(v, a, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1
    with a.get_lock():
        a[0] += n

if __name__ == "__main__":
    v = multiprocessing.Value("i", 0)
    a = multiprocessing.Array("i", [0, 7])
    ps = [multiprocessing.Process(target=add, args=(v, a, 50)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, a[:], len(a))
