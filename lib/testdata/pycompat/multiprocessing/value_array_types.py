import multiprocessing

def double(arr, total):
    for i in range(len(arr)):
        arr[i] = arr[i] * 2
    with total.get_lock():
        total.value = sum(arr[:])

if __name__ == "__main__":
    arr = multiprocessing.Array('i', [1, 2, 3, 4])
    total = multiprocessing.Value('d', 0.0)
    zeros = multiprocessing.Array('d', 3)
    print(arr[:], len(arr), zeros[:], total.value)
    p = multiprocessing.Process(target=double, args=(arr, total))
    p.start()
    p.join()
    print(arr[:], total.value, arr[2])
    v = multiprocessing.Value('i', 7)
    v.value += 1
    print(v.value)
