from concurrent.futures import ThreadPoolExecutor

def bad():
    raise ValueError("bad value")

with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(bad)
    try:
        f.result()
    except ValueError as e:
        print("ValueError:", e)
    print(f.done(), f.cancelled(), type(f.exception()).__name__)
