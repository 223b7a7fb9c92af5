from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda x: x * 10, range(7), chunksize=3)))
    print(list(ex.map(str.upper, ["a", "b"], chunksize=100)))
