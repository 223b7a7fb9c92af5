import multiprocessing

def leaf():
    pass

def task(x):
    p = multiprocessing.Process(target=leaf)
    p.start()
    p.join()
    return x

def nested(x):
    with multiprocessing.Pool(1) as inner:
        return inner.apply(leaf)

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        try:
            pool.apply(task, (1,))
        except AssertionError as e:
            print("AssertionError:", e)
        try:
            pool.apply(nested, (1,))
        except AssertionError as e:
            print("AssertionError:", e)
        print(pool.apply(abs, (-3,)))
