import multiprocessing

# pycompat: stderr

def bad(x):
    raise ValueError(f"bad {x}")

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        rs = [pool.apply_async(bad, (i,)) for i in range(3)]
        for r in rs:
            r.wait()
        print([r.successful() for r in rs])
    print("pool closed quietly")
