import multiprocessing as mp, time

def square(x):
    return x * x

if __name__ == "__main__":
    got = []
    def slow_collect(result):
        time.sleep(0.3)
        got.append(result)
    with mp.Pool(2) as pool:
        r = pool.map_async(square, [1, 2, 3], callback=slow_collect)
        r.wait()
        print("after wait:", got, r.ready())
        a = pool.apply_async(square, (7,), callback=slow_collect)
        print("get:", a.get(timeout=30), got)
        e = pool.apply_async(square, ("x",), error_callback=lambda err: (time.sleep(0.3), got.append(type(err).__name__)))
        e.wait(30)
        print("after error:", got[-1], e.successful())
