from concurrent.futures import ThreadPoolExecutor

def power(base, exp):
    return base ** exp

def label(name, n, sep):
    return f"{name}{sep}{n}"

with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(power, [2, 3, 4, 5], [5, 2, 1])))
    print(list(ex.map(label, "abc", range(10), ["-", "+", "*", "/"])))
    print(list(ex.map(power, [], [1, 2])))
    print(list(ex.map(power, [2, 3], [3, 2], chunksize=5)))
