package main

import (
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
	var results []int
	var done threading.Event
	stage2 := func(x int) int { return x + 1 }
	onStage1 := func(f *futures.Future) {
		r, _ := f.Result()
		g := ex.Submit(func() any { return stage2(r.(int) * 10) })
		g.AddDoneCallback(func(g *futures.Future) {
			v, _ := g.Result()
			results = append(results, v.(int))
			done.Set()
		})
	}
	f := ex.Submit(func() any { return 4 })
	f.AddDoneCallback(onStage1)
	ok := done.WaitTimeout(30 * time.Second)
	fmt.Printf("%s [%d]\n", pb(ok), results[0])
	ex.Shutdown(true, false)
}
