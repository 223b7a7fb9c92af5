import multiprocessing


def add(lst, items):
    lst.extend(items)


if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        lst = m.list([3, 1])
        p = multiprocessing.Process(target=add, args=(lst, [4, 1, 5]))
        p.start()
        p.join()
        lst.insert(0, 9)
        lst.append(2)
        print(list(lst), len(lst), lst.count(1), lst.index(4))
        lst.remove(1)
        print(lst.pop(), lst.pop(0), list(lst))
        lst.reverse()
        lst[0] = 100
        print(list(lst), lst[1], lst[-1])
        try:
            lst.remove(42)
        except ValueError as e:
            print("ValueError:", e)
