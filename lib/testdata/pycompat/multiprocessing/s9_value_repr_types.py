import multiprocessing

if __name__ == "__main__":
    for tc, v in (("i", 7), ("d", 2.5), ("b", -3), ("c", b"x")):
        x = multiprocessing.Value(tc, v)
        print(tc, x.value)
    a = multiprocessing.Array("i", [1, 2, 3])
    print(a[:], len(a), a[0], a[-1])
    a[1] = 20
    print(list(a))
