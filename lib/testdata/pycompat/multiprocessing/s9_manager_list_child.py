import multiprocessing

def add(lst, d, i):
    lst.append(i)
    d[i] = i * i

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        lst = m.list()
        d = m.dict()
        ps = [multiprocessing.Process(target=add, args=(lst, d, i)) for i in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(lst), sorted(d.items()), len(d))
