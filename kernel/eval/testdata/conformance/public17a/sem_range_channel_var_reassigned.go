package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	n := 0
	for k := range m {
		m = map[string]int{"z": 1, "y": 2, "x": 3}
		n++
		_ = k
	}
	fmt.Println(n, len(m))
	ch := make(chan int, 2)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		ch = nil
		fmt.Print(v)
	}
	fmt.Println()
	f := func(yield func(int) bool) { yield(1); yield(2) }
	for v := range f {
		f = nil
		fmt.Print(v)
	}
	fmt.Println()
	arr := [2]int{1, 2}
	for _, v := range arr {
		arr = [2]int{8, 9}
		fmt.Print(v)
	}
	fmt.Println()
	s := []int{1, 2}
	for _, v := range s {
		s = []int{7, 7}
		fmt.Print(v)
	}
	fmt.Println()
	x := 3
	for i := range x {
		x = 10
		fmt.Print(i)
	}
	fmt.Println()
}
