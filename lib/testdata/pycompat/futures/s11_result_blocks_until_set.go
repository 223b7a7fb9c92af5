package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	f := futures.NewFuture()
	threading.NewTimer(20*time.Millisecond, func() { f.SetResult("from timer") }).Start()
	r, _ := f.ResultTimeout(10 * time.Second)
	fmt.Println(r, pyBool(f.Done()))
	g := futures.NewFuture()
	threading.NewTimer(20*time.Millisecond, func() { g.SetException(errors.New("OSError: disk")) }).Start()
	if _, err := g.ResultTimeout(10 * time.Second); err != nil {
		fmt.Println(err)
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
