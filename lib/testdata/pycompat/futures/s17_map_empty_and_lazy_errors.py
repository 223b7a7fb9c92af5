from concurrent.futures import ThreadPoolExecutor

with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(abs, [])))
    print(list(ex.map(abs, [-3])))
    print(list(ex.map(str.upper, ["a", "b", "c"])))
