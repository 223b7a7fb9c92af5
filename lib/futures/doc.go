// Package futures brings Python's concurrent.futures to Go programs and
// gonotes notebooks: a thread pool that runs tasks and Futures that hold
// their results.
//
// # From Python to Go
//
//	Python                                          Go
//	ex = ThreadPoolExecutor(max_workers=3)          ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
//	ThreadPoolExecutor(max_workers=0)               &futures.ThreadPoolExecutor{MaxWorkers: futures.ZeroWorkers}  (ValueError)
//	with ThreadPoolExecutor() as ex: ...            ex := &futures.ThreadPoolExecutor{}; defer ex.Shutdown(true, false)
//	f = ex.submit(task, "First")                    f := ex.Submit(func() any { return task("First") })
//	ex.submit(store.update, n)  (no result)         ex.SubmitFunc(func() { store.Update(n) })
//	f.result(); f.result(timeout=1)                 r, err := f.Result(); r, err := f.ResultTimeout(time.Second)
//	f.exception(); f.exception(timeout=1)           err := f.Exception(); err := f.ExceptionTimeout(time.Second)
//	f.done(), f.running(), f.cancelled()            f.Done(), f.Running(), f.Cancelled()
//	f.cancel()                                      f.Cancel()
//	f.add_done_callback(cb)                         f.AddDoneCallback(func(f *futures.Future) { ... })
//	list(ex.map(task, ["a", "b"]))                  results, err := ex.Map(task, []any{"a", "b"})   // task: func(any) any
//	list(ex.map(task, xs, timeout=1))              results, err := ex.MapTimeout(task, xs, time.Second)  // ErrTimeout
//	ex.shutdown(wait=True, cancel_futures=False)    ex.Shutdown(true, false)
//	for f in as_completed(fs): ...                  for f := range futures.AsCompleted(fs) { ... }
//	done, not_done = wait(fs, return_when=FIRST_COMPLETED)   done, notDone := futures.Wait(fs, futures.FirstCompleted)
//	CancelledError, TimeoutError                    futures.ErrCancelled, futures.ErrTimeout
//
// A task that panics fails its Future: Result returns a *[PanicError]
// holding the panic value, whose message is the task's own ("bad input"
// for panic("bad input")), as Python re-raises the task's exception; nothing
// is printed and the worker goes on. Results are of type any, converted
// back with a type assertion (r.(int)).
//
// Workers are [threading.Thread]s named like Python's
// ("ThreadPoolExecutor-0_0"), so threading.CurrentThread in a task names
// its worker. A task runs bound to the cell that submitted it: its output
// goes to that cell, and its blocking calls end when that cell is
// interrupted. Result, Exception, Wait and Shutdown(wait) return when the
// calling cell is interrupted (panicking with hook.KeyboardInterrupt, as
// Python raises KeyboardInterrupt); AsCompleted's channel is then closed.
// A thread waiting for the result of a task that waits for a lock the
// first thread holds is named as a deadlock, as threading does for locks.
package futures
