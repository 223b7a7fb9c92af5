package main

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func worker(n int, q *multiprocessing.Queue) {
	s := 0
	for i := range n * 1000 {
		s += i
	}
	q.Put([]int{n, s})
}

func main() {
	multiprocessing.Main(worker)
	q := multiprocessing.NewQueue()
	var ps []*multiprocessing.Process
	for n := 1; n < 5; n++ {
		ps = append(ps, &multiprocessing.Process{Target: worker, Args: []any{n, q}})
	}
	for _, p := range ps {
		p.Start()
	}
	var rs [][]int
	for range ps {
		v, _ := q.GetTimeout(30 * time.Second)
		rs = append(rs, v.([]int))
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i][0] < rs[j][0] })
	for _, p := range ps {
		p.Join()
	}
	var s []string
	for _, r := range rs {
		s = append(s, fmt.Sprintf("(%d, %d)", r[0], r[1]))
	}
	fmt.Printf("[%s]\n", strings.Join(s, ", "))
	var codes []string
	for _, p := range ps {
		codes = append(codes, fmt.Sprint(p.ExitCode()))
	}
	fmt.Printf("[%s] %s\n", strings.Join(codes, ", "), pyBool(q.Empty()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
