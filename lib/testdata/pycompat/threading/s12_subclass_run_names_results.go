package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

type Summer struct {
	threading.Thread
	nums  []int
	total any
}

func NewSummer(nums []int, name string, daemon bool) *Summer {
	s := &Summer{nums: nums}
	s.Name = name
	s.Daemon = daemon
	s.Target = s.Run
	return s
}

func (s *Summer) Run() {
	t := 0
	for _, n := range s.nums {
		t += n
	}
	s.total = t
}

func rng(n int) []int {
	var r []int
	for i := range n {
		r = append(r, i)
	}
	return r
}

func show(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}

func main() {
	ws := []*Summer{NewSummer(rng(10), "", false), NewSummer([]int{1, 2, 3}, "small", false), NewSummer(rng(100), "", true)}
	for _, w := range ws {
		fmt.Println(w.GetName(), pyBool(w.IsDaemon()), show(w.total))
	}
	for _, w := range ws {
		w.Start()
	}
	for _, w := range ws {
		w.Join()
	}
	var parts []string
	for _, w := range ws {
		parts = append(parts, fmt.Sprintf("('%s', %v, %s)", w.GetName(), w.total, pyBool(w.IsAlive())))
	}
	fmt.Println("[" + strings.Join(parts, ", ") + "]")
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
