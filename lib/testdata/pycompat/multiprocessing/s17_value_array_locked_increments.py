import multiprocessing as mp


def bump(v, arr, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1
        with arr.get_lock():
            arr[0] += 1
            arr[1] -= 0.5


if __name__ == "__main__":
    v = mp.Value("i", 0)
    arr = mp.Array("d", [0.0, 100.0, 7.0])
    ps = [mp.Process(target=bump, args=(v, arr, 50)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, arr[:], len(arr))
    arr[2] = 1.25
    print(arr[-1], list(arr[1:]))
