import multiprocessing as mp


class Stats:
    def __init__(self, xs):
        self.xs = xs

    def mean(self):
        return sum(self.xs) / len(self.xs)


def total(xs):
    return sum(xs)


def describe(xs):
    s = Stats(xs)
    return (total(xs), s.mean(), max(xs))


if __name__ == "__main__":
    data = [[1, 2, 3], [10, 20], [5]]
    with mp.Pool(2) as p:
        print(p.map(describe, data))
        print(p.map(total, data))
