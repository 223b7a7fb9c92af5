import multiprocessing

def scale(arr, factor, total):
    for i in range(len(arr)):
        arr[i] = arr[i] * factor
    with total.get_lock():
        total.value += sum(arr)

if __name__ == "__main__":
    arr = multiprocessing.Array("d", [1.0, 2.5, 4.0])
    total = multiprocessing.Value("d", 0.0)
    p = multiprocessing.Process(target=scale, args=(arr, 2, total))
    p.start(); p.join()
    print(arr[:], total.value, len(arr))
    ints = multiprocessing.Array("i", 4)
    print(ints[:], ints[1:3])
    ints[0] = 7
    ints[1:3] = [8, 9]
    print(list(ints))
