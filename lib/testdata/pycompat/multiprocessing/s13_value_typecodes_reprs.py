import multiprocessing as mp

if __name__ == "__main__":
    for tc, x in (("c", b"a"), ("b", -5), ("h", 300), ("u", "z"), ("L", 7), ("q", -2**40), ("d", 0.25)):
        v = mp.Value(tc, x)
        print(tc, repr(v.value), v)
    b = mp.Value("b", 127)
    b.value += 1
    print("b wraps:", b.value)
    B = mp.Value("B", 0)
    B.value -= 1
    print("B wraps:", B.value)
