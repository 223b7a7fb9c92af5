import multiprocessing

if __name__ == "__main__":
    for code, v in (("i", 7), ("d", 2.5), ("b", -3), ("B", 250), ("c", b"z"), ("q", 2 ** 40)):
        val = multiprocessing.Value(code, v)
        print(code, val.value, val)
    arr = multiprocessing.Array("i", 4)
    print(arr[:], len(arr))
    arr[2] = 9
    print(arr[:], sum(arr))
