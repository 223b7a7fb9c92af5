package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/threading"
)

func half(x int) int {
	if x%2 == 1 {
		panic(fmt.Sprintf("ValueError: odd %d", x))
	}
	return x / 2
}

func main() {
	multiprocessing.Main(half)
	var mu threading.Lock
	var oks []int
	var errs []string
	p := multiprocessing.NewPool(2)
	var rs []*multiprocessing.AsyncResult
	for i := range 6 {
		r := p.ApplyAsync(half, i)
		r.AddDoneCallback(func(v any, err error) {
			mu.Acquire()
			defer mu.Release()
			if err != nil {
				errs = append(errs, "'"+strings.TrimPrefix(err.Error(), "ValueError: ")+"'")
			} else {
				oks = append(oks, v.(int))
			}
		})
		rs = append(rs, r)
	}
	for _, r := range rs {
		r.WaitTimeout(30 * time.Second)
	}
	var got []string
	mr := p.MapAsync(half, []int{0, 2, 4})
	mr.AddDoneCallback(func(v any, err error) {
		if err == nil {
			got = append(got, fmt.Sprint(v))
		}
	})
	mr.WaitTimeout(30 * time.Second)
	var bad []string
	mr2 := p.MapAsync(half, []int{0, 1, 2, 4})
	mr2.AddDoneCallback(func(v any, err error) {
		if err != nil {
			bad = append(bad, "'"+strings.TrimPrefix(err.Error(), "ValueError: ")+"'")
		}
	})
	mr2.WaitTimeout(30 * time.Second)
	p.Terminate()
	sort.Ints(oks)
	sort.Strings(errs)
	fmt.Printf("[%d, %d, %d] [%s]\n", oks[0], oks[1], oks[2], strings.Join(errs, ", "))
	fmt.Printf("[%s] [%s] %s\n", strings.ReplaceAll(strings.Join(got, ""), " ", ", "), strings.Join(bad, ", "), map[bool]string{false: "False", true: "True"}[mr2.Successful()])
}
