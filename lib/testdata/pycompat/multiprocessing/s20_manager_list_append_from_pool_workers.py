import multiprocessing as mp


def record(args):
    shared, x = args
    shared.append(x * x)
    return x


if __name__ == "__main__":
    with mp.Manager() as m:
        shared = m.list()
        with mp.Pool(2) as p:
            print(sorted(p.map(record, [(shared, i) for i in range(6)])))
        print(sorted(shared), len(shared))
