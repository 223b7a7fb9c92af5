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
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	wait := func() any { gate.Wait(); return true }
	fs := []*futures.Future{ex.Submit(func() any { return 1 }), ex.Submit(wait), ex.Submit(wait)}
	fs[0].Result()
	seen := 0
	ch, errf := futures.AsCompletedTimeout(fs, 200*time.Millisecond)
	for range ch {
		seen++
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
	fmt.Println("seen", seen)
	gate.Set()
	ch, _ = futures.AsCompletedTimeout(fs, 10*time.Second)
	var rs []string
	for f := range ch {
		r, _ := f.Result()
		s := fmt.Sprint(r)
		if b, ok := r.(bool); ok {
			s = map[bool]string{true: "True", false: "False"}[b]
		}
		rs = append(rs, "'"+s+"'")
	}
	sort.Strings(rs)
	fmt.Println("[" + strings.Join(rs, ", ") + "]")
	ex.Shutdown(true, false)
}
