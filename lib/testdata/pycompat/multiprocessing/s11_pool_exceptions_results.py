import multiprocessing

def safe_div(a, b):
    return a // b

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        rs = [pool.apply_async(safe_div, (10, b)) for b in (2, 0, 5)]
        for r in rs:
            r.wait()
            print(r.ready(), r.successful())
            try:
                print("value", r.get())
            except ZeroDivisionError as e:
                print("ZeroDivisionError:", e)
        try:
            pool.map(safe_div, [1, 2])
        except TypeError as e:
            print("TypeError:", e)
