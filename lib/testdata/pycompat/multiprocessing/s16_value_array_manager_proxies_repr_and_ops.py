import multiprocessing as mp


def bump(v, a):
    v.value += 10
    a[0] = a[0] + 1


if __name__ == "__main__":
    with mp.Manager() as m:
        v = m.Value("i", 5)
        a = m.Array("i", [1, 2, 3])
        p = mp.Process(target=bump, args=(v, a))
        p.start()
        p.join()
        print(v, v.value, list(a), len(a))
        v.value = 0
        print(v.value)
