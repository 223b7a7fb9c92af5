import multiprocessing as mp

if __name__ == "__main__":
    for tc, init in (("i", "abc"), ("d", "xy"), ("i", 2.5), ("i", [1, "a"]), ("d", ["x"]), ("i", -1)):
        try:
            print(mp.Array(tc, init)[:])
        except (TypeError, ValueError) as e:
            print(tc, repr(init), type(e).__name__, e)
    print(mp.Array("u", "hé")[:], mp.Array("c", b"hi")[:], mp.Array("d", 2)[:])
