package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var barrier = threading.NewBarrier(3, nil)

func who() any {
	barrier.Wait()
	return threading.CurrentThread().Name
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := 0; i < 3; i++ {
		fs = append(fs, ex.Submit(who))
	}
	var names []string
	for _, f := range fs {
		r, _ := f.Result()
		names = append(names, r.(string))
	}
	ex.Shutdown(true, false)
	sort.Strings(names)
	fmt.Println("['" + strings.Join(names, "', '") + "']")
	ex2 := &futures.ThreadPoolExecutor{MaxWorkers: 1, ThreadNamePrefix: "dl"}
	r, _ := ex2.Submit(func() any { return threading.CurrentThread().Name }).Result()
	fmt.Println(r)
	ex2.Shutdown(true, false)
}
