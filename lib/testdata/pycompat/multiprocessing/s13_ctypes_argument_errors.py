import multiprocessing as mp

def attempt(name, make):
    try:
        v = make()
        print(name, "->", v.value if hasattr(v, "value") else v[:])
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", e)

if __name__ == "__main__":
    attempt("Value('i', 1.5)", lambda: mp.Value("i", 1.5))
    attempt("Value('i', 'x')", lambda: mp.Value("i", "x"))
    attempt("Value('d', 'x')", lambda: mp.Value("d", "x"))
    attempt("Value('d', 3)", lambda: mp.Value("d", 3))
    attempt("Array('i', -1)", lambda: mp.Array("i", -1))
    attempt("Array('i', 0)", lambda: mp.Array("i", 0))
    a = mp.Array("i", [1, 2, 3])
    attempt("a[0] = 2.5", lambda: a.__setitem__(0, 2.5))
    attempt("Semaphore(-1)", lambda: mp.Semaphore(-1))
    attempt("BoundedSemaphore(-2)", lambda: mp.BoundedSemaphore(-2))
