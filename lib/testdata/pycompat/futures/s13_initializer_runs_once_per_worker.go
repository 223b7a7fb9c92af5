package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var lock threading.Lock
	var inits []string
	initf := func(tag string) {
		lock.Acquire()
		inits = append(inits, fmt.Sprintf("('%s', '%s')", tag, threading.CurrentThread().GetName()))
		lock.Release()
	}
	b := threading.NewBarrier(3, nil)
	task := func(any) any {
		b.Wait()
		return threading.CurrentThread().GetName()
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3, Initializer: func() { initf("w") }, ThreadNamePrefix: "pool"}
	r, _ := ex.Map(task, []any{0, 1, 2})
	more, _ := ex.Map(func(i any) any { return i.(int) * 2 }, []any{0, 1, 2, 3, 4, 5})
	ex.Shutdown(true, false)
	sort.Strings(inits)
	var names, ms []string
	for _, n := range r {
		names = append(names, "'"+n.(string)+"'")
	}
	sort.Strings(names)
	for _, m := range more {
		ms = append(ms, fmt.Sprint(m))
	}
	fmt.Println("[" + strings.Join(inits, ", ") + "]")
	fmt.Println("["+strings.Join(names, ", ")+"]", "["+strings.Join(ms, ", ")+"]")
}
