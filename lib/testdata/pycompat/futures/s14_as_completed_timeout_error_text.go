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
	fs := []*futures.Future{
		ex.Submit(func() any { return "fast" }),
		ex.Submit(func() any {
			if gate.WaitTimeout(10 * time.Second) {
				return "slow"
			}
			return false
		}),
	}
	var got []string
	ch, errf := futures.AsCompletedTimeout(fs, 1500*time.Millisecond)
	for f := range ch {
		r, _ := f.Result()
		got = append(got, "'"+r.(string)+"'")
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
	fmt.Println("[" + strings.Join(got, ", ") + "]")
	gate.Set()
	ex.Shutdown(true, false)
}
