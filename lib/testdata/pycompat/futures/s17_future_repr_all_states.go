package main

import (
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var re = regexp.MustCompile(`#\d+`)

func mask(f *futures.Future) string { return re.ReplaceAllString(f.String(), "") }

func main() {
	var gate, started threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(func() any {
		started.Set()
		gate.WaitTimeout(30 * time.Second)
		return 1.5
	})
	b := ex.Submit(func() any { return fmt.Sprint(3) })
	started.WaitTimeout(30 * time.Second)
	fmt.Println(mask(a))
	fmt.Println(mask(b))
	c := futures.NewFuture()
	c.Cancel()
	fmt.Println(mask(c))
	gate.Set()
	a.Result()
	b.Result()
	fmt.Println(mask(a))
	fmt.Println(mask(b))
	e := ex.Submit(func() any { panic("KeyError: 'k'") })
	e.Exception()
	fmt.Println(mask(e))
	n := ex.Submit(func() any { return nil })
	n.Result()
	fmt.Println(mask(n))
	ex.Shutdown(true, false)
}
