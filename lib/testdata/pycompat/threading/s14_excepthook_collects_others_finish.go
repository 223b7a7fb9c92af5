package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	failures []string
	results  = map[int]int{}
	lock     threading.Lock
)

func hook(args threading.ExceptHookArgs) {
	lock.Acquire()
	defer lock.Release()
	typ, msg, _ := strings.Cut(fmt.Sprint(args.ExcValue), ": ")
	failures = append(failures, fmt.Sprintf("('%s', '%s', '%s')", args.Thread.GetName(), typ, msg))
}

func job(n int) {
	if n%2 == 1 {
		panic(fmt.Sprintf("ValueError: odd %d", n))
	}
	lock.Acquire()
	results[n] = n * n
	lock.Release()
}

func main() {
	threading.ExceptHook = hook
	var threads []*threading.Thread
	for n := 0; n < 5; n++ {
		threads = append(threads, &threading.Thread{Target: func() { job(n) }, Name: fmt.Sprintf("job-%d", n)})
	}
	for _, t := range threads {
		t.Start()
	}
	for _, t := range threads {
		t.Join()
	}
	var items []string
	for _, k := range []int{0, 2, 4} {
		items = append(items, fmt.Sprintf("(%d, %d)", k, results[k]))
	}
	fmt.Println("[" + strings.Join(items, ", ") + "]")
	sort.Strings(failures)
	fmt.Println("[" + strings.Join(failures, ", ") + "]")
	threading.ExceptHook = threading.DefaultExceptHook
}
