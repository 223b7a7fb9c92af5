import multiprocessing, re, time

def slow():
    time.sleep(0.5)
    return 1

if __name__ == "__main__":
    with multiprocessing.Pool(1) as pool:
        r = pool.apply_async(slow)
        print(r.ready())
        try:
            r.successful()
        except ValueError as e:
            print("ValueError:", re.sub(" at 0x[0-9a-f]+", "", str(e)))
        try:
            r.get(timeout=0.01)
        except multiprocessing.TimeoutError:
            print("TimeoutError")
        print(r.get())
