import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        l = m.list([1, 2])
        for op in ("remove", "pop_empty", "index_range", "set_range"):
            try:
                if op == "remove":
                    l.remove(9)
                elif op == "pop_empty":
                    e = m.list()
                    e.pop()
                elif op == "index_range":
                    l[5]
                else:
                    l[-3] = 0
            except (ValueError, IndexError) as e:
                print(type(e).__name__ + ":", e)
        l.remove(1)
        print(l, l.pop(), len(l))
