package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var fs []*futures.Future
	for i := 0; i < 4; i++ {
		fs = append(fs, futures.NewFuture())
	}
	for i, delay := range []time.Duration{200, 50, 350, 100} {
		threading.NewTimer(delay*time.Millisecond, func() { fs[i].SetResult(i) }).Start()
	}
	var order []string
	ch, _ := futures.AsCompletedTimeout(fs, 30*time.Second)
	for f := range ch {
		r, _ := f.Result()
		order = append(order, fmt.Sprint(r))
	}
	fmt.Println("[" + strings.Join(order, ", ") + "]")
	g := []*futures.Future{futures.NewFuture(), futures.NewFuture()}
	threading.NewTimer(50*time.Millisecond, func() { g[1].SetException(errors.New("OSError: disk")) }).Start()
	done, nd := futures.WaitTimeout(g, 30*time.Second, futures.FirstCompleted)
	var is []string
	for _, f := range done {
		is = append(is, pb(f == g[1]))
	}
	typ, msg, _ := strings.Cut(g[1].Exception().Error(), ": ")
	fmt.Printf("%d %d [%s] %s('%s')\n", len(done), len(nd), strings.Join(is, ", "), typ, msg)
	g[0].SetResult("late")
	done, nd = futures.Wait(g, futures.AllCompleted)
	r, _ := g[0].Result()
	fmt.Println(len(done), len(nd), r)
}
