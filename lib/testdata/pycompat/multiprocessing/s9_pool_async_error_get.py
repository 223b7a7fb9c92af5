import multiprocessing

def bad(x):
    raise ValueError("bad %d" % x)

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        r = pool.apply_async(bad, (4,))
        r.wait()
        print(r.ready(), r.successful())
        try:
            r.get()
        except ValueError as e:
            print("ValueError:", e)
