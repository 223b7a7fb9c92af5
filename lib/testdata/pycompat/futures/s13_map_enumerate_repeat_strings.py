import concurrent.futures as cf

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda p: p[1] * p[0], enumerate("abcd"))))
    print(list(ex.map(str.upper, ["x", "yz", ""])))
    print(list(ex.map(len, [[], [1], [1, 2]], timeout=10)))
