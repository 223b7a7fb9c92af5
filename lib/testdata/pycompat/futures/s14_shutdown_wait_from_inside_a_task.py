from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(max_workers=1)


def inner():
    try:
        ex.shutdown(wait=True)
    except RuntimeError as e:
        return "RuntimeError: %s" % e
    return "returned"


f = ex.submit(inner)
print(f.result(timeout=10))
try:
    ex.submit(int)
except RuntimeError as e:
    print(e)
