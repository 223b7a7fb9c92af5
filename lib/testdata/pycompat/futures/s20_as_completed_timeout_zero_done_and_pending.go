package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

func list(xs []int) string {
	sort.Ints(xs)
	var s []string
	for _, x := range xs {
		s = append(s, fmt.Sprint(x))
	}
	return "[" + strings.Join(s, ", ") + "]"
}

func main() {
	var gate threading.Event
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 3}
	var fs []*futures.Future
	for i := 0; i < 3; i++ {
		fs = append(fs, ex.Submit(func() any { return i * i }))
	}
	for _, f := range fs {
		f.Result()
	}
	var got []int
	ch, _ := futures.AsCompletedTimeout(fs, 0)
	for f := range ch {
		r, _ := f.Result()
		got = append(got, r.(int))
	}
	fmt.Println(list(got))
	slow := ex.Submit(func() any { return gate.WaitTimeout(30 * time.Second) })
	got = nil
	ch, errf := futures.AsCompletedTimeout(append(fs, slow, slow), 0)
	for f := range ch {
		r, _ := f.Result()
		got = append(got, r.(int))
	}
	if err := errf(); err != nil {
		fmt.Println(err, list(got))
	}
	ch, errf = futures.AsCompletedTimeout([]*futures.Future{slow}, -time.Second)
	for range ch {
	}
	if err := errf(); err != nil {
		fmt.Println(err)
	}
	gate.Set()
	var res []string
	ch, _ = futures.AsCompletedTimeout([]*futures.Future{slow}, 30*time.Second)
	for f := range ch {
		r, _ := f.Result()
		if r.(bool) {
			res = append(res, "True")
		}
	}
	fmt.Println("[" + strings.Join(res, ", ") + "]")
	ex.Shutdown(true, false)
}
