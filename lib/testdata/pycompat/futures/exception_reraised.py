from concurrent.futures import ThreadPoolExecutor

def fail(x):
    raise ValueError("bad input %d" % x)

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(fail, 7)
    try:
        f.result()
    except ValueError as e:
        print("caught:", e)
    print("exception():", f.exception())
    print(f.done(), f.cancelled())
