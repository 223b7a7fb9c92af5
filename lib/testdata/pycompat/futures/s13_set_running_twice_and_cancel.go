package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func try(prefix string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Println(prefix + fmt.Sprint(e))
		}
	}()
	f()
}

func main() {
	f := futures.NewFuture()
	a := f.SetRunningOrNotifyCancel()
	b := f.Running()
	c := f.Cancel()
	fmt.Println(pyBool(a), pyBool(b), pyBool(c), pyBool(f.Cancelled()))
	try("", func() { f.SetRunningOrNotifyCancel() })
	f.SetResult("ok")
	try("finished: ", func() { f.SetRunningOrNotifyCancel() })
	r, _ := f.Result()
	fmt.Println(r, pyBool(f.Running()), pyBool(f.Done()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
