from concurrent.futures import ThreadPoolExecutor

inner = ThreadPoolExecutor(max_workers=2, thread_name_prefix="inner")


def outer_task(n):
    parts = [inner.submit(lambda k=k: k * n) for k in range(1, 4)]
    return n, sum(p.result() for p in parts)


with ThreadPoolExecutor(max_workers=2, thread_name_prefix="outer") as outer:
    print(sorted(outer.map(outer_task, [1, 2, 3])))
inner.shutdown()
print("done")
