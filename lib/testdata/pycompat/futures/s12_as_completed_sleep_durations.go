package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func task(name string, secs float64) string {
	time.Sleep(time.Duration(secs * float64(time.Second)))
	return fmt.Sprintf("%s slept %v", name, secs)
}

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for _, p := range []struct {
		n string
		s float64
	}{{"a", 0.3}, {"b", 0.1}, {"c", 0.2}} {
		fs = append(fs, ex.Submit(func() any { return task(p.n, p.s) }))
	}
	for f := range futures.AsCompleted(fs) {
		r, _ := f.Result()
		fmt.Println(r)
	}
	var all []string
	for _, f := range fs {
		r, _ := f.Result()
		all = append(all, "'"+r.(string)+"'")
	}
	fmt.Println("[" + strings.Join(all, ", ") + "]")
	ex.Shutdown(true, false)
}
