import multiprocessing as mp


def add_one(v):
    v.value += 1


if __name__ == "__main__":
    for tc, x in (("L", -1), ("Q", 2**63), ("I", -1), ("B", 256 + 7), ("H", -2), ("q", 2**63 - 1)):
        v = mp.Value(tc, x)
        print(tc, v.value, v)
    v = mp.Value("Q", 2**64 - 2)
    p = mp.Process(target=add_one, args=(v,))
    p.start()
    p.join()
    print("child added one:", v.value)
    a = mp.Array("L", [0, 2**64 - 1])
    print(a[:])
