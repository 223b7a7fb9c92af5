import concurrent.futures as cf, sys

def quit_task():
    sys.exit(3)

with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(quit_task)
    e = f.exception()
    print(type(e).__name__, f.done(), f.cancelled())
    print(ex.submit(lambda: "pool still works").result())
