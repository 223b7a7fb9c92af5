package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var (
	finished threading.Event
	results  []int
	ex       = &futures.ThreadPoolExecutor{MaxWorkers: 2}
)

func step(n int) any {
	return n * 2
}

func onDone(f *futures.Future) {
	r, _ := f.Result()
	v := r.(int)
	results = append(results, v)
	if v < 40 {
		ex.Submit(func() any { return step(v) }).AddDoneCallback(onDone)
	} else {
		finished.Set()
	}
}

func main() {
	ex.Submit(func() any { return step(3) }).AddDoneCallback(onDone)
	fmt.Println("finished:", map[bool]string{true: "True", false: "False"}[finished.WaitTimeout(30*time.Second)])
	ex.Shutdown(true, false)
	s := make([]string, len(results))
	for i, v := range results {
		s[i] = fmt.Sprint(v)
	}
	fmt.Println("[" + strings.Join(s, ", ") + "]")
}
