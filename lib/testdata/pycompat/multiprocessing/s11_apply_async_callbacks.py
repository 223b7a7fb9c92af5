import multiprocessing

def div(a, b):
    return a / b

if __name__ == "__main__":
    got, errs = [], []
    with multiprocessing.Pool(2) as pool:
        rs = [pool.apply_async(div, (a, b), callback=got.append, error_callback=lambda e: errs.append(str(e)))
              for a, b in [(1, 2), (3, 0), (9, 3)]]
        for r in rs:
            r.wait()
    print(sorted(got), errs)
