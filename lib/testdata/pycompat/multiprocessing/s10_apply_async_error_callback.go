package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func div(a, b int) int {
	if b == 0 {
		panic("ZeroDivisionError: integer division or modulo by zero")
	}
	return a / b
}

func main() {
	multiprocessing.Main(div)
	var mu sync.Mutex
	var results []int
	var errs []string
	pool := multiprocessing.NewPool(2)
	var rs []*multiprocessing.AsyncResult
	for _, b := range []int{1, 2, 0, 5} {
		r := pool.ApplyAsync(div, 10, b)
		r.AddDoneCallback(func(v any, err error) {
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				errs = append(errs, "'"+err.Error()+"'")
			} else {
				results = append(results, v.(int))
			}
		})
		rs = append(rs, r)
	}
	var ok []string
	for _, r := range rs {
		r.Wait()
		ok = append(ok, pyBool(r.Successful()))
	}
	fmt.Println("[" + strings.Join(ok, ", ") + "]")
	pool.Terminate()
	mu.Lock()
	sort.Ints(results)
	fmt.Printf("[%d, %d, %d] [%s]\n", results[0], results[1], results[2], strings.Join(errs, ", "))
	mu.Unlock()
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
