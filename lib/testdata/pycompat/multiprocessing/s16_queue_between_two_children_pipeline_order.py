import multiprocessing as mp


def stage_one(out):
    for i in range(5):
        out.put(i)
    out.put(None)


def stage_two(inp, out):
    while (x := inp.get()) is not None:
        out.put(x * x)
    out.put(None)


if __name__ == "__main__":
    a, b = mp.Queue(), mp.Queue()
    ps = [mp.Process(target=stage_one, args=(a,)), mp.Process(target=stage_two, args=(a, b))]
    for p in ps:
        p.start()
    got = []
    while (x := b.get(timeout=30)) is not None:
        got.append(x)
    for p in ps:
        p.join()
    print(got, [p.exitcode for p in ps])
