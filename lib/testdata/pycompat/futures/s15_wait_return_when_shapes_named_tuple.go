package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gates [4]threading.Event

func job(i int) any {
	gates[i].Wait()
	if i == 2 {
		panic(fmt.Sprintf("bad %d", i))
	}
	return i
}

func main() {
	fmt.Println(futures.FirstCompleted, futures.FirstException, futures.AllCompleted)
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	var fs []*futures.Future
	for i := 0; i < 4; i++ {
		fs = append(fs, ex.Submit(func() any { return job(i) }))
	}
	done, notDone := futures.WaitTimeout(fs, 0, futures.AllCompleted)
	fmt.Println("DoneAndNotDoneFutures", len(done), len(notDone))
	gates[1].Set()
	done, notDone = futures.Wait(fs, futures.FirstCompleted)
	var rs []int
	for _, f := range done {
		r, _ := f.Result()
		rs = append(rs, r.(int))
	}
	sort.Ints(rs)
	fmt.Println("first completed", strings.ReplaceAll(fmt.Sprint(rs), " ", ", "), len(notDone))
	gates[0].Set()
	fs[0].Result()
	gates[2].Set()
	done, notDone = futures.Wait(fs, futures.FirstException)
	var errs []string
	for _, f := range done {
		if err := f.Exception(); err != nil {
			errs = append(errs, "'"+err.Error()+"'")
		}
	}
	fmt.Println("first exception", len(done), len(notDone), "["+strings.Join(errs, ", ")+"]")
	gates[3].Set()
	done, notDone = futures.Wait(fs, futures.AllCompleted)
	fmt.Println("all", len(done), len(notDone), "set")
	ex.Shutdown(true, false)
}
