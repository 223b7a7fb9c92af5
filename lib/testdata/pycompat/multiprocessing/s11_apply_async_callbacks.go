package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func div(a, b float64) (float64, error) {
	if b == 0 {
		return 0, errors.New("ZeroDivisionError: division by zero")
	}
	return a / b, nil
}

func main() {
	multiprocessing.Main(div)
	var got []float64
	var errs []string
	var mu sync.Mutex
	pool := multiprocessing.NewPool(2)
	var rs []*multiprocessing.AsyncResult
	for _, ab := range [][2]float64{{1, 2}, {3, 0}, {9, 3}} {
		r := pool.ApplyAsync(div, ab[0], ab[1])
		r.AddDoneCallback(func(v any, err error) {
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				_, msg, _ := strings.Cut(err.Error(), ": ")
				errs = append(errs, "'"+msg+"'")
				return
			}
			got = append(got, v.(float64))
		})
		rs = append(rs, r)
	}
	for _, r := range rs {
		r.Wait()
	}
	pool.Terminate()
	sort.Float64s(got)
	var gs []string
	for _, g := range got {
		gs = append(gs, strconv.FormatFloat(g, 'f', 1, 64))
	}
	fmt.Println(pyStrs(gs), pyStrs(errs))
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
