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
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	a := ex.Submit(func() any { return 1 })
	b := ex.Submit(func() any { gate.Wait(); return nil })
	a.Result()
	done, notDone := futures.WaitTimeout([]*futures.Future{a, b}, -time.Second, futures.AllCompleted)
	fmt.Println(len(done), len(notDone))
	var got []any
	ch, errf := futures.AsCompletedTimeout([]*futures.Future{a, b}, -time.Second)
	for f := range ch {
		r, _ := f.Result()
		got = append(got, r)
	}
	if err := errf(); err != nil {
		fmt.Println(err, pyList(got))
	}
	if _, err := b.ResultTimeout(-time.Second); err == futures.ErrTimeout {
		fmt.Println("result TimeoutError")
	}
	gate.Set()
	ex.Shutdown(true, false)
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}
