from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(pow, [2, 3, 4], [5, 2])))
    print(list(ex.map(lambda s: s[::-1], ["abc", "xy", ""])))
    print(list(ex.map(str.upper, "hey")))
