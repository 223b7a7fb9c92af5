import multiprocessing

def record(d, l, name, score):
    d[name] = score
    l.append(name)

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        d = m.dict()
        l = m.list()
        ps = [multiprocessing.Process(target=record, args=(d, l, n, s)) for n, s in [("ann", 3), ("bob", 5), ("cy", 4)]]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), sorted(l), len(d), len(l))
        print(d.get("bob"), d.get("zed"), "ann" in d.keys())
