package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

const n = 4

var gates [n]threading.Event

type keyError int

func (k keyError) Error() string { return fmt.Sprint(int(k)) }

func job(i int) any {
	gates[i].Wait()
	if i%2 == 1 {
		panic(keyError(i))
	}
	return i * 100
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: n}
	futs := map[*futures.Future]int{}
	var fs []*futures.Future
	for i := 0; i < n; i++ {
		f := ex.Submit(func() any { return job(i) })
		futs[f] = i
		fs = append(fs, f)
	}
	gates[n-1].Set()
	for f := range futures.AsCompleted(fs) {
		i := futs[f]
		if r, err := f.Result(); err != nil {
			fmt.Println(i, "-> KeyError", err)
		} else {
			fmt.Println(i, "->", r)
		}
		if i > 0 {
			gates[i-1].Set()
		}
	}
	ex.Shutdown(true, false)
}
