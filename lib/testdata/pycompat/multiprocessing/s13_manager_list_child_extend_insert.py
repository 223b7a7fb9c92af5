import multiprocessing as mp

def edit(l):
    l.extend([3, 4])
    l.insert(0, "head")
    l.append("tail")
    l.remove(3)

if __name__ == "__main__":
    with mp.Manager() as m:
        l = m.list([1, 2])
        p = mp.Process(target=edit, args=(l,))
        p.start()
        p.join()
        print(l[:], len(l), l.index("tail"), l.count(2), l[0], l[-1])
        try:
            l.remove("missing")
        except ValueError as e:
            print(type(e).__name__ + ":", e)
        print(l.pop(), l.pop(0), l[:])
