package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	finished []int
	lock     threading.Lock
)

func work(i int) any {
	lock.Acquire()
	finished = append(finished, i)
	lock.Release()
	return i
}

func main() {
	var fs []*futures.Future
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
		defer ex.Shutdown(true, false)
		for i := 0; i < 4; i++ {
			fs = append(fs, ex.Submit(func() any { return work(i) }))
		}
		panic("KeyError: 'inside with'")
	}()
	sort.Ints(finished)
	all := true
	for _, f := range fs {
		all = all && f.Done()
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(finished), " ", ", "), map[bool]string{true: "True", false: "False"}[all])
}
