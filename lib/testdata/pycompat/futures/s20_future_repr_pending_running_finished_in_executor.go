package main

import (
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var re = regexp.MustCompile(`Future#\d+`)

func mask(f *futures.Future) string { return re.ReplaceAllString(f.String(), "Future") }

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var started, gate threading.Event
	slow := func() any {
		started.Set()
		gate.WaitTimeout(30 * time.Second)
		return []int{1}
	}
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(slow)
	b := ex.Submit(func() any { return fmt.Sprint(5) })
	started.WaitTimeout(30 * time.Second)
	fmt.Println(mask(a), pb(a.Running()), pb(a.Done()))
	fmt.Println(mask(b), pb(b.Running()), pb(b.Done()))
	gate.Set()
	a.Result()
	b.Result()
	fmt.Println(mask(a), pb(a.Running()), pb(a.Done()))
	fmt.Println(mask(b))
	ex.Shutdown(true, false)
}
