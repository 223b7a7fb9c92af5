import multiprocessing as mp


def check(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x


if __name__ == "__main__":
    with mp.Pool(1) as p:
        print(p.apply(check, (4,)))
        try:
            p.apply(check, (-2,))
        except ValueError as e:
            print("ValueError:", e)
        print(p.apply(check, (5,)))
