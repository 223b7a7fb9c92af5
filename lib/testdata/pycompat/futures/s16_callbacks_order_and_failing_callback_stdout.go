package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

var order []string

func cb(name string) func(*futures.Future) {
	return func(f *futures.Future) {
		v, _ := f.Result()
		order = append(order, fmt.Sprintf("('%s', '%v')", name, v))
	}
}

func bad(f *futures.Future) {
	order = append(order, "('bad', 'raises')")
	panic(errors.New("RuntimeError: callback failed"))
}

func main() {
	f := futures.NewFuture()
	f.AddDoneCallback(cb("a"))
	f.AddDoneCallback(bad)
	f.AddDoneCallback(cb("b"))
	f.SetResult("v")
	fmt.Println("[" + strings.Join(order, ", ") + "]")
	f.AddDoneCallback(cb("late"))
	fmt.Println(order[len(order)-1], "done:", map[bool]string{true: "True"}[f.Done()])
	g := futures.NewFuture()
	g.AddDoneCallback(func(f *futures.Future) {
		order = append(order, fmt.Sprintf("('cancel cb', %s)", map[bool]string{true: "True", false: "False"}[f.Cancelled()]))
	})
	g.Cancel()
	fmt.Println(order[len(order)-1])
}
