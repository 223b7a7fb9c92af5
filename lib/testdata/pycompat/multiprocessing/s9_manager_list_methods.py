import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        l = m.list([5, 3, 5])
        l.extend([7, 8])
        l.insert(0, 1)
        print(l, len(l), l.count(5), l.index(3))
        l.remove(5)
        print(l, l.pop(), l.pop(0), l)
        try:
            l.remove(99)
        except ValueError as e:
            print("ValueError:", e)
        try:
            l.index(99)
        except ValueError as e:
            print("ValueError:", e)
