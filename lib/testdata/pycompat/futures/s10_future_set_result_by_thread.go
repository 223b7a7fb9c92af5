package main

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var id = regexp.MustCompile(`#\d+`)

func show(f *futures.Future) {
	fmt.Println(id.ReplaceAllString(f.String(), ""))
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(id.ReplaceAllString(fmt.Sprint(r), ""))
		}
	}()
	f()
}

func main() {
	f := futures.NewFuture()
	show(f)
	var log []any
	f.AddDoneCallback(func(fut *futures.Future) {
		r, _ := fut.Result()
		log = append(log, r)
	})
	t := &threading.Thread{Target: func() { f.SetResult(42) }}
	t.Start()
	t.Join()
	r, _ := f.ResultTimeout(time.Second)
	fmt.Println(r, pyBool(f.Done()), log)
	show(f)
	try(func() { f.SetResult(0) })
	g := futures.NewFuture()
	threading.NewTimer(10*time.Millisecond, func() { g.SetException(errors.New("late failure")) }).Start()
	done, _ := futures.WaitTimeout([]*futures.Future{g}, 10*time.Second, futures.AllCompleted)
	fmt.Printf("%d ValueError('%v')\n", len(done), g.Exception())
	h := futures.NewFuture()
	fmt.Println(pyBool(h.Cancel()), pyBool(h.Cancelled()))
	try(func() { h.SetResult(1) })
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
