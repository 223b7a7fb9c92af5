from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def double(x):
    return 2 * x

if __name__ == "__main__":
    for cls in (ThreadPoolExecutor, ProcessPoolExecutor):
        for n in (0, -1):
            try:
                ex = cls(max_workers=n)
                print(ex.submit(double, 1).result())
            except ValueError as e:
                print(cls.__name__, n, "ValueError:", e)
    try:
        ProcessPoolExecutor(max_workers=1, max_tasks_per_child=0)
    except ValueError as e:
        print("max_tasks_per_child=0 ValueError:", e)
    with ProcessPoolExecutor(max_workers=1) as ex:
        print("one worker:", ex.submit(double, 21).result())
