import multiprocessing

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        l = m.list(["a", "b"])
        print(l.index("b"))
        for v in ("zz", 3, 2.5, None):
            try:
                l.index(v)
            except ValueError as e:
                print("ValueError:", e)
