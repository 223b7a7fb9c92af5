package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Push(x int) { s.items = append(s.items, x) }

func main() {
	var st Stack
	st.Push(1)
	fmt.Println(len(st.items), cap(st.items))
	var local []int
	for i := range 3 {
		local = append(local, i)
	}
	fmt.Println(len(local), cap(local))
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	fmt.Println(len(m["a"]), cap(m["a"]))
}
