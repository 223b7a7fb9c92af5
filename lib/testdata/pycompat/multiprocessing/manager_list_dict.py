import multiprocessing

def fill(l, d, i):
    l.append(i)
    d[i] = i * 10

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        l = m.list()
        d = m.dict()
        ps = [multiprocessing.Process(target=fill, args=(l, d, i)) for i in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(l), len(l))
        print(sorted(d.items()))
        print(d[2], d.get(9))
