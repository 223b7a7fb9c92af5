package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

type summer struct {
	*threading.Thread
	nums  []int
	total int
}

func newSummer(nums []int) *summer {
	s := &summer{nums: nums}
	s.Thread = &threading.Thread{Name: fmt.Sprintf("summer-%d", len(nums)), Target: s.run}
	return s
}

func (s *summer) run() {
	for _, n := range s.nums {
		s.total += n
	}
}

func main() {
	var ws []*summer
	for _, n := range []int{10, 100, 1000} {
		nums := make([]int, n)
		for i := range nums {
			nums[i] = i
		}
		ws = append(ws, newSummer(nums))
	}
	for _, w := range ws {
		w.Start()
	}
	var out []string
	for _, w := range ws {
		w.Join()
		out = append(out, fmt.Sprintf("('%s', %d)", w.GetName(), w.total))
	}
	fmt.Println(pyStrs(out))
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
