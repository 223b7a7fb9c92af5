package main

import (
	"fmt"
	"sort"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var gates [3]threading.Event

func job(i int) any {
	gates[i].Wait()
	if i == 1 {
		panic(fmt.Sprintf("'k%d'", i))
	}
	return i * 10
}

func contains(fs []*futures.Future, f *futures.Future) bool {
	for _, g := range fs {
		if g == f {
			return true
		}
	}
	return false
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := 0; i < 3; i++ {
		fs = append(fs, ex.Submit(func() any { return job(i) }))
	}
	gates[0].Set()
	done, notDone := futures.Wait(fs, futures.FirstCompleted)
	fmt.Println("DoneAndNotDoneFutures", len(done), len(notDone), map[bool]string{true: "True", false: "False"}[contains(done, fs[0])])
	gates[1].Set()
	done, notDone = futures.Wait(fs, futures.FirstException)
	fmt.Printf("first exception: %d %d KeyError(%s)\n", len(done), len(notDone), fs[1].Exception())
	gates[2].Set()
	done, notDone = futures.Wait(fs, futures.AllCompleted)
	var ok []int
	for _, f := range done {
		if f.Exception() == nil {
			r, _ := f.Result()
			ok = append(ok, r.(int))
		}
	}
	sort.Ints(ok)
	fmt.Printf("all: %d %d [%d, %d]\n", len(done), len(notDone), ok[0], ok[1])
	ex.Shutdown(true, false)
}
