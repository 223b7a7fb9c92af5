import multiprocessing

def shout(arr, v):
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] = arr[i].upper()
    v.value = "!"

if __name__ == "__main__":
    arr = multiprocessing.Array("u", "hello")
    v = multiprocessing.Value("u", "?")
    print(len(arr), arr[0], arr[-1], repr(arr[:]))
    print(v.value, v)
    p = multiprocessing.Process(target=shout, args=(arr, v))
    p.start()
    p.join()
    print(arr[:], v.value)
    empty = multiprocessing.Array("u", 3)
    print(repr(empty[:]), repr(empty[0]))
    empty[1] = "한"
    print(repr(empty[:]))
    for bad in (65, "ab"):
        try:
            empty[0] = bad
        except TypeError as e:
            print("TypeError:", e)
    k = multiprocessing.Array("u", "한국어")
    print(len(k), list(k), k[1])
    print(multiprocessing.Value("u", "z"))
