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
	a, b := futures.NewFuture(), futures.NewFuture()
	t1 := threading.NewTimer(50*time.Millisecond, func() { a.SetResult("from timer") })
	t1.Start()
	done, notDone := futures.WaitTimeout([]*futures.Future{a, b}, 10*time.Second, futures.FirstCompleted)
	in := false
	for _, f := range done {
		in = in || f == a
	}
	r, _ := a.Result()
	fmt.Println(len(done), len(notDone), map[bool]string{true: "True", false: "False"}[in], r)
	t2 := threading.NewTimer(50*time.Millisecond, func() { b.SetException(errors.New("ValueError: late")) })
	t2.Start()
	done, notDone = futures.WaitTimeout([]*futures.Future{a, b}, 10*time.Second, futures.AllCompleted)
	name, msg, _ := strings.Cut(b.Exception().Error(), ": ")
	fmt.Println(len(done), len(notDone), name, msg)
	t1.Join()
	t2.Join()
}
