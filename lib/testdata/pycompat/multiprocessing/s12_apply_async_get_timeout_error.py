import multiprocessing, time, re

def slow(x):
    time.sleep(2)
    return x

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        r = pool.apply_async(slow, (5,))
        try:
            r.get(timeout=0.05)
        except multiprocessing.TimeoutError as e:
            print("TimeoutError", repr(str(e)), r.ready())
        try:
            r.successful()
        except ValueError as e:
            print("ValueError", re.sub(" at 0x[0-9a-f]+", "", str(e)))
        print(r.get(timeout=30), r.ready(), r.successful())
