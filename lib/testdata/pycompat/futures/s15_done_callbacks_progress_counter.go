package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	doneCount int
	lock      threading.Lock
	log       = map[string]bool{}
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func onDone(f *futures.Future) {
	lock.Acquire()
	defer lock.Release()
	doneCount++
	log[fmt.Sprintf("(%s, %s, %s)", py(f.Done()), py(f.Cancelled()), py(f.Exception() == nil))] = true
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 4}
	var fs []*futures.Future
	for i := 0; i < 10; i++ {
		f := ex.Submit(func() any {
			if i == 7 {
				panic("division by zero")
			}
			return i * i
		})
		f.AddDoneCallback(onDone)
		fs = append(fs, f)
	}
	ex.Shutdown(true, false)
	var ls []string
	for k := range log {
		ls = append(ls, k)
	}
	sort.Strings(ls)
	fmt.Println(doneCount, "["+strings.Join(ls, ", ")+"]")
	sum := 0
	for _, f := range fs {
		if f.Exception() == nil {
			r, _ := f.Result()
			sum += r.(int)
		}
	}
	fmt.Println(sum)
}
