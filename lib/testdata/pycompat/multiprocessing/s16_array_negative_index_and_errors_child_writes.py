import multiprocessing as mp


def fill(arr):
    arr[-1] = 99
    arr[0] = -arr[-1]
    for i in range(1, len(arr) - 1):
        arr[i] = i * 10


if __name__ == "__main__":
    a = mp.Array("i", 5)
    p = mp.Process(target=fill, args=(a,))
    p.start()
    p.join()
    print(a[:], a[-1], a[-5], len(a))
    for i, x in ((5, 1), (-6, 1), (0, 1.5), (1, "x")):
        try:
            a[i] = x
        except (IndexError, TypeError) as e:
            print(type(e).__name__, e)
    for i in (5, -6):
        try:
            a[i]
        except IndexError as e:
            print("read", i, type(e).__name__, e)
    d = mp.Array("d", [0.5, 1.5])
    d[-2] = 2.25
    print(d[:], d[-1])
