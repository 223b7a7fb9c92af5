package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	a, b, c := futures.NewFuture(), futures.NewFuture(), futures.NewFuture()
	var trace []string
	a.AddDoneCallback(func(f *futures.Future) {
		trace = append(trace, "'a done'")
		r, _ := f.Result()
		b.SetResult(r.(int) + 1)
	})
	b.AddDoneCallback(func(f *futures.Future) {
		trace = append(trace, "'b done'")
		r, _ := f.Result()
		c.SetException(fmt.Errorf("ValueError: stop at %v", r))
	})
	c.AddDoneCallback(func(f *futures.Future) {
		_, msg, _ := strings.Cut(f.Exception().Error(), ": ")
		trace = append(trace, "'c done: "+msg+"'")
	})
	fmt.Println(pyBool(a.Done()), pyBool(b.Done()), pyBool(c.Done()))
	a.SetResult(41)
	fmt.Println("[" + strings.Join(trace, ", ") + "]")
	r, _ := b.Result()
	name, msg, _ := strings.Cut(c.Exception().Error(), ": ")
	fmt.Println(r, name, msg)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
