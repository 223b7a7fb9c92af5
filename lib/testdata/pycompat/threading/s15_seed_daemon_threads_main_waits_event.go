package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var (
	progress = map[string]int{}
	lock     threading.Lock
	done     threading.Event
)

func threadFunc(name string, n int) {
	total := 0
	for i := 0; i < n; i++ {
		total += i
	}
	lock.Acquire()
	defer lock.Release()
	progress[name] = total
	if len(progress) == 2 {
		done.Set()
	}
}

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	x := &threading.Thread{Target: func() { threadFunc("First", 20000) }, TargetName: "thread_func", Daemon: true}
	y := &threading.Thread{Target: func() { threadFunc("Second", 10000) }, TargetName: "thread_func", Daemon: true}
	fmt.Println(py(x.Daemon), py(y.Daemon), x.GetName(), y.GetName())
	x.Start()
	y.Start()
	fmt.Println("all done:", py(done.WaitTimeout(30*time.Second)))
	lock.Acquire()
	var items []string
	for k, v := range progress {
		items = append(items, fmt.Sprintf("('%s', %d)", k, v))
	}
	lock.Release()
	sort.Strings(items)
	fmt.Println("[" + strings.Join(items, ", ") + "]")
}
