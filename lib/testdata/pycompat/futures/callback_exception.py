from concurrent.futures import ThreadPoolExecutor

order = []
with ThreadPoolExecutor(max_workers=1) as ex:
    f = ex.submit(lambda: 1)
    f.result()
    def bad(fut):
        order.append("bad")
        raise ValueError("callback failed")
    f.add_done_callback(bad)
    f.add_done_callback(lambda fut: order.append("good"))
print(order)
