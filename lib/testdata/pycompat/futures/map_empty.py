from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(str, [])))
    print(list(ex.map(lambda s: s.upper(), ["a", "b"])))
