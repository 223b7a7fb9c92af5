import multiprocessing as mp


def bump(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


if __name__ == "__main__":
    v = mp.Value("i", 0)
    ps = [mp.Process(target=bump, args=(v, 200)) for _ in range(4)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(v.value, [p.exitcode for p in ps])
    v.value = -5
    print(v.value, type(v.value).__name__)
