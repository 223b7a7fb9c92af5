from concurrent.futures import ThreadPoolExecutor, as_completed, Future

done = Future()
done.set_result("ready")
with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(lambda: "task")
    results = [x.result() for x in as_completed([done, f, done, f])]
print(sorted(results), len(results))
print(list(as_completed([])))
