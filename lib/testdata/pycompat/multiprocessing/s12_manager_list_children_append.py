import multiprocessing

def add(shared, i):
    shared.append(i * i)

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        shared = m.list()
        ps = [multiprocessing.Process(target=add, args=(shared, i)) for i in range(4)]
        for p in ps: p.start()
        for p in ps: p.join()
        print(sorted(shared), len(shared))
        d = m.dict()
        d["a"] = 1
        d.update(b=2)
        print(sorted(d.items()), d.get("c", "none"))
