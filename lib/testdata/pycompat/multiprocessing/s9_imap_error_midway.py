import multiprocessing

def f(x):
    if x == 3:
        raise ZeroDivisionError("division by zero")
    return x * 2

if __name__ == "__main__":
    with multiprocessing.Pool(2) as pool:
        got = []
        try:
            for v in pool.imap(f, range(6)):
                got.append(v)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
        print(got)
