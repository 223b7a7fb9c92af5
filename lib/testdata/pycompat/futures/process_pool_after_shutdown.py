from concurrent.futures import ProcessPoolExecutor

def double(x):
    return 2 * x

if __name__ == "__main__":
    ex = ProcessPoolExecutor(max_workers=1)
    f = ex.submit(double, 21)
    ex.shutdown(wait=True)
    print(f.result(), f.done())
    try:
        ex.submit(double, 1)
    except RuntimeError as e:
        print("RuntimeError:", e)
