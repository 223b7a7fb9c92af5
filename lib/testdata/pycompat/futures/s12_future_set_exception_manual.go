package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	f := futures.NewFuture()
	g := futures.NewFuture()
	threading.NewTimer(10*time.Millisecond, func() { f.SetException(errors.New("ValueError: manual failure")) }).Start()
	done, notDone := futures.Wait([]*futures.Future{f, g}, futures.FirstException)
	in := "False"
	for _, d := range done {
		if d == f {
			in = "True"
		}
	}
	fmt.Println(len(done), len(notDone), in)
	typ, msg, _ := strings.Cut(f.Exception().Error(), ": ")
	fmt.Println(typ, msg)
	if _, err := f.Result(); err != nil {
		_, msg, _ := strings.Cut(err.Error(), ": ")
		fmt.Println("result raised", msg)
	}
	g.SetResult("ok")
	r, _ := g.Result()
	exc := "None"
	if g.Exception() != nil {
		exc = g.Exception().Error()
	}
	fmt.Println(r, exc)
}
