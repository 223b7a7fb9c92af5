from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(max_workers=4) as ex:
    fs = [ex.submit(pow, 2, i) for i in range(20)]
    print(sum(f.result() for f in fs))
    print(list(ex.map(str.upper, ["a", "bc", "def"])))
    print(list(ex.map(len, ["", "x", "xyz"])))
