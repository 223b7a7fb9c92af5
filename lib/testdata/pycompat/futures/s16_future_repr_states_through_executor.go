package main

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func show(f *futures.Future) {
	fmt.Println(regexp.MustCompile(`#\d+`).ReplaceAllString(f.String(), ""))
}

func main() {
	var gate, started threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	a := ex.Submit(func() any {
		started.Set()
		gate.WaitTimeout(30 * time.Second)
		return map[string]int{"k": 1}
	})
	b := ex.Submit(func() any { return fmt.Sprint(5) })
	c := ex.Submit(func() any { panic(errors.New("ValueError: invalid literal for int() with base 10: 'x'")) })
	started.Wait()
	show(a)
	show(b)
	gate.Set()
	for _, f := range []*futures.Future{a, b, c} {
		f.Exception()
		show(f)
	}
	d := ex.Submit(func() any { return nil })
	d.Result()
	show(d)
	ex.Shutdown(true, false)
}
