package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	fs := []*futures.Future{
		ex.Submit(func() any { return "fast" }),
		ex.Submit(func() any { gate.Wait(); return true }),
		ex.Submit(func() any { gate.Wait(); return true }),
	}
	var got []string
	ch, errf := futures.AsCompletedTimeout(fs, time.Second)
	for f := range ch {
		r, _ := f.Result()
		got = append(got, fmt.Sprintf("'%v'", r))
	}
	if err := errf(); err != nil {
		_, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println("TimeoutError:", msg)
	}
	fmt.Println("[" + strings.Join(got, ", ") + "]")
	gate.Set()
	ex.Shutdown(true, false)
}
