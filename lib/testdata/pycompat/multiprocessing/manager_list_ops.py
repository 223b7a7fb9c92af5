import multiprocessing

def add(lst, x):
    lst.append(x)

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        lst = m.list([10])
        ps = [multiprocessing.Process(target=add, args=(lst, i)) for i in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(lst), len(lst))
        lst.extend([7, 7])
        print(lst.count(7), lst.index(10), lst.pop(), len(lst))
        lst.remove(7)
        print(7 in list(lst), len(lst))
