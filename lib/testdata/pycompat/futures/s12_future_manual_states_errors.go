package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func short(x any) string {
	s := regexp.MustCompile(`#\d+`).ReplaceAllString(fmt.Sprint(x), "")
	s, _ = strings.CutPrefix(s, "InvalidStateError: ")
	return s
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("InvalidStateError", short(r))
		}
	}()
	f()
}

func main() {
	f := futures.NewFuture()
	fmt.Println(pyBool(f.Running()), pyBool(f.Done()), pyBool(f.Cancelled()))
	fmt.Println(pyBool(f.SetRunningOrNotifyCancel()), pyBool(f.Running()), pyBool(f.Cancel()))
	f.SetResult(42)
	r, _ := f.Result()
	fmt.Println(r, pyBool(f.Done()), pyBool(f.Cancel()))
	try(func() { f.SetResult(43) })
	g := futures.NewFuture()
	fmt.Println(pyBool(g.Cancel()), pyBool(g.Cancel()), pyBool(g.SetRunningOrNotifyCancel()), pyBool(g.Cancelled()))
	try(func() { g.SetException(errors.New("ValueError: late")) })
	h := futures.NewFuture()
	h.Cancel()
	try(func() { h.SetResult(1) })
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
