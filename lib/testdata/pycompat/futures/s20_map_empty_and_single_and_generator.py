from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(str, [])))
    print(list(ex.map(lambda x: x * 3, ["ab"])))
    print(list(ex.map(lambda x: -x, (i for i in range(5)))))
    print(list(ex.map(len, ["", "a", "ab", "abc"], timeout=30)))
