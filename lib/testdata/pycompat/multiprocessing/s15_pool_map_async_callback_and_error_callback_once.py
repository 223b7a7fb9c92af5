import multiprocessing


def check(x):
    if x == 3:
        raise ValueError("three")
    return x + 100


if __name__ == "__main__":
    events = []
    with multiprocessing.Pool(2) as pool:
        r1 = pool.map_async(check, [1, 2], callback=lambda v: events.append(("ok", v)),
                            error_callback=lambda e: events.append(("err", str(e))))
        r1.wait()
        r2 = pool.map_async(check, [2, 3, 4], callback=lambda v: events.append(("ok", v)),
                            error_callback=lambda e: events.append(("err", str(e))))
        r2.wait()
        print(r1.successful(), r2.successful(), r1.get())
    print(events)
