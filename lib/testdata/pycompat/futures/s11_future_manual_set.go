package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	f := futures.NewFuture()
	fmt.Println(pyBool(f.Done()), pyBool(f.Running()), pyBool(f.Cancelled()))
	r := f.SetRunningOrNotifyCancel()
	fmt.Println(pyBool(r), pyBool(f.Running()))
	f.SetException(errors.New("ValueError: manual"))
	kind, msg, _ := strings.Cut(f.Exception().Error(), ": ")
	fmt.Println(pyBool(f.Done()), kind, msg)
	func() {
		defer func() {
			if r := recover(); r != nil {
				kind, _, _ := strings.Cut(fmt.Sprint(r), ":")
				fmt.Println(kind)
			}
		}()
		f.SetResult(1)
	}()
	g := futures.NewFuture()
	fmt.Println(pyBool(g.Cancel()), pyBool(g.Cancelled()), pyBool(g.Done()))
	if _, err := g.Result(); err == futures.ErrCancelled {
		fmt.Println("CancelledError")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
