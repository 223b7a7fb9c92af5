package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

type Summer struct {
	threading.Thread
	nums  []int
	total int
}

func NewSummer(nums []int) *Summer {
	s := &Summer{nums: nums}
	s.Target = s.Run
	return s
}

func (s *Summer) Run() {
	for _, n := range s.nums {
		s.total += n
	}
}

func main() {
	var ws []*Summer
	for i := range 3 {
		var nums []int
		for n := i * 10; n < i*10+10; n++ {
			nums = append(nums, n)
		}
		ws = append(ws, NewSummer(nums))
	}
	for _, w := range ws {
		w.Start()
	}
	for _, w := range ws {
		w.Join()
	}
	var totals, names []string
	for _, w := range ws {
		totals = append(totals, fmt.Sprint(w.total))
		names = append(names, "'"+w.GetName()+"'")
	}
	fmt.Println("["+strings.Join(totals, ", ")+"]", "["+strings.Join(names, ", ")+"]")
}
