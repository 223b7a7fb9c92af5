package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func div(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("ZeroDivisionError: integer division or modulo by zero")
	}
	return a / b, nil
}

func pb(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	multiprocessing.Main(div)
	var mu sync.Mutex
	var oks []int
	var errs []string
	p := multiprocessing.NewPool(2)
	var rs []*multiprocessing.AsyncResult
	for _, b := range []int{2, 0, 5} {
		r := p.ApplyAsync(div, 10, b)
		r.AddDoneCallback(func(v any, err error) {
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				typ, msg, _ := strings.Cut(err.Error(), ": ")
				errs = append(errs, fmt.Sprintf("('%s', '%s')", typ, msg))
			} else {
				oks = append(oks, v.(int))
			}
		})
		rs = append(rs, r)
	}
	for _, r := range rs {
		r.WaitTimeout(30 * time.Second)
	}
	sort.Ints(oks)
	fmt.Printf("[%d, %d] [%s]\n", oks[0], oks[1], strings.Join(errs, ", "))
	fmt.Printf("[%s, %s, %s]\n", pb(rs[0].Successful()), pb(rs[1].Successful()), pb(rs[2].Successful()))
	if _, err := rs[1].Get(); err != nil {
		fmt.Println(err)
	}
	p.Terminate()
}
