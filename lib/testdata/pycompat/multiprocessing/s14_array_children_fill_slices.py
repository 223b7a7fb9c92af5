import multiprocessing


def fill(arr, start, stop, value):
    for i in range(start, stop):
        arr[i] = value * i


if __name__ == "__main__":
    arr = multiprocessing.Array("i", 12)
    ps = [multiprocessing.Process(target=fill, args=(arr, k * 4, k * 4 + 4, k + 1)) for k in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(arr[:])
    print(len(arr), sum(arr), arr[-1], arr[2:5])
