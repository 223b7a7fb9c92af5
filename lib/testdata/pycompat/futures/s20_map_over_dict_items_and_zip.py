from concurrent.futures import ThreadPoolExecutor

prices = {"apple": 3, "pear": 5, "fig": 7}
with ThreadPoolExecutor(2) as ex:
    print(list(ex.map(lambda kv: "%s=%d" % (kv[0], kv[1] * 2), prices.items())))
    print(list(ex.map(lambda a, b: a * b, [1, 2, 3], [10, 20, 30])))
    print(dict(zip(prices, ex.map(len, prices))))
