import concurrent.futures as cf

def boom():
    raise KeyError("gone")
with cf.ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(boom)
    cf.wait([f])
    print(f.done(), f.cancelled(), f.running(), f.cancel())
    try:
        f.result()
    except KeyError as e:
        print("KeyError:", e)
    print(repr(str(f.exception())))
