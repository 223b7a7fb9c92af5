import multiprocessing as mp


def fill(arr, start, stop, factor):
    for i in range(start, stop):
        arr[i] = i * factor


if __name__ == "__main__":
    arr = mp.Array("d", 8)
    ps = [mp.Process(target=fill, args=(arr, 0, 4, 0.5)), mp.Process(target=fill, args=(arr, 4, 8, 1.5))]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(arr[:], sum(arr), len(arr))
    print(arr[-1], arr[0])
