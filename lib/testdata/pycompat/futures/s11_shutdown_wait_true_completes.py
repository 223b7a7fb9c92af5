import concurrent.futures as cf, time

done = []
ex = cf.ThreadPoolExecutor(max_workers=2)
for i in range(4):
    ex.submit(lambda i=i: (time.sleep(0.01), done.append(i)))
ex.shutdown(wait=True)
print(sorted(done))
ex.shutdown()
print("second shutdown is harmless")
