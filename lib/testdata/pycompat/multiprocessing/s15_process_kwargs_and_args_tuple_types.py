import multiprocessing


def show(q, a, b, *, label="none", scale=1):
    q.put(f"{label}: {a} {b} {scale * (a + b)}")


if __name__ == "__main__":
    q = multiprocessing.Queue()
    specs = [((1, 2), {}), ((3, 4), {"label": "kw"}), ((5, 6), {"label": "both", "scale": 10})]
    for args, kwargs in specs:
        p = multiprocessing.Process(target=show, args=(q,) + args, kwargs=kwargs)
        p.start()
        p.join()
        print(q.get(), p.exitcode)
