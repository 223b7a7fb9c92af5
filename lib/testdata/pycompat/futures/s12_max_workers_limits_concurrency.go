package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var lock threading.Lock
	active, peak := 0, 0
	job := func(i any) any {
		lock.Acquire()
		active++
		peak = max(peak, active)
		lock.Release()
		time.Sleep(20 * time.Millisecond)
		lock.Acquire()
		active--
		lock.Release()
		return threading.CurrentThread().GetName()
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var items []any
	for i := range 8 {
		items = append(items, i)
	}
	rs, _ := ex.Map(job, items)
	ex.Shutdown(true, false)
	set := map[string]bool{}
	for _, r := range rs {
		set["'"+r.(string)+"'"] = true
	}
	var names []string
	for n := range set {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Println(peak, "["+strings.Join(names, ", ")+"]")
}
