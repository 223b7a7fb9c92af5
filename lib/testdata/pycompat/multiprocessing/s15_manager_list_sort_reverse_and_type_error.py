import multiprocessing


def add(lst, xs):
    lst.extend(xs)


if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        lst = m.list([5, 2.5, True])
        p = multiprocessing.Process(target=add, args=(lst, [9, -1, 0]))
        p.start()
        p.join()
        lst.sort()
        print(list(lst))
        lst.sort(reverse=True)
        print(list(lst))
        words = m.list(["pear", "Apple", "fig", "apple"])
        words.sort()
        print(list(words))
        pairs = m.list([(2, "b"), (1, "z"), (2, "a"), (1, "a")])
        pairs.sort()
        print(list(pairs))
        mixed = m.list([3, "three", 1])
        try:
            mixed.sort()
        except TypeError as e:
            print("TypeError:", e)
