from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    print(list(ex.map(lambda a, b, c: a + b + c, "abc", "def", "ghi")))
    print(list(ex.map(len, [])))
