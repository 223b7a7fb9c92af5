import multiprocessing


def who(x):
    name = multiprocessing.current_process().name
    return name.rsplit("-", 1)[0], x * x


if __name__ == "__main__":
    print(multiprocessing.current_process().name)
    with multiprocessing.Pool(2) as pool:
        out = pool.map(who, range(6))
    print(sorted({prefix for prefix, _ in out}))
    print([sq for _, sq in out])
    p = multiprocessing.Process(target=who, args=(3,))
    print(p.name.startswith("Process-"))
