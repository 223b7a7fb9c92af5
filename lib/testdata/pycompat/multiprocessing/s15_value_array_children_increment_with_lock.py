import multiprocessing


def bump(counter, arr, i):
    for _ in range(100):
        with counter.get_lock():
            counter.value += 1
    arr[i] = i * i


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    arr = multiprocessing.Array("i", 4)
    ps = [multiprocessing.Process(target=bump, args=(counter, arr, i)) for i in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(counter.value, arr[:], len(arr), sum(arr))
    print(counter)
