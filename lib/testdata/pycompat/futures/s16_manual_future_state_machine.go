package main

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/futures"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func none(err error) string {
	if err == nil {
		return "None"
	}
	return err.Error()
}

func main() {
	f := futures.NewFuture()
	fmt.Println("pending:", py(f.Running()), py(f.Done()), py(f.Cancelled()))
	fmt.Println("start:", py(f.SetRunningOrNotifyCancel()))
	fmt.Println("running:", py(f.Running()), py(f.Done()), "cancel while running:", py(f.Cancel()))
	f.SetResult(42)
	v, _ := f.Result()
	fmt.Println("finished:", py(f.Running()), py(f.Done()), py(f.Cancelled()), v, none(f.Exception()))
	for _, call := range []func(){func() { f.SetResult(1) }, func() { f.SetException(errors.New("ValueError: x")) }} {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println(regexp.MustCompile(`#\d+`).ReplaceAllString(fmt.Sprint(r), ""))
				}
			}()
			call()
		}()
	}
	fmt.Println("cancel finished:", py(f.Cancel()))

	g := futures.NewFuture()
	c1 := g.Cancel()
	c2 := g.Cancel()
	fmt.Println("cancel pending:", py(c1), py(c2), py(g.Cancelled()), py(g.Done()))
	fmt.Println("start cancelled:", py(g.SetRunningOrNotifyCancel()))
}
