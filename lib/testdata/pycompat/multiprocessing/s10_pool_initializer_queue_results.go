package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

var results *multiprocessing.Queue

func initq(q *multiprocessing.Queue) {
	results = q
}

func work(x int) int {
	results.Put([]int{x, x * x})
	return x
}

func main() {
	multiprocessing.Main(initq, work)
	q := multiprocessing.NewQueue()
	pool := &multiprocessing.Pool{Processes: 2, Initializer: initq, InitArgs: []any{q}}
	done, _ := pool.Map(work, []int{0, 1, 2, 3, 4})
	pool.Close()
	pool.Join()
	var got [][]int
	for range done {
		got = append(got, q.Get().([]int))
	}
	sort.Slice(got, func(i, j int) bool { return got[i][0] < got[j][0] })
	var s []string
	for _, g := range got {
		s = append(s, fmt.Sprintf("(%d, %d)", g[0], g[1]))
	}
	fmt.Println(strings.ReplaceAll(fmt.Sprint(done), " ", ", "), "["+strings.Join(s, ", ")+"]")
}
