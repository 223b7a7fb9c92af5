package main

import "fmt"

type S struct{ arr [3]int }

func get(calls *int) []int { *calls++; return []int{1, 2, 3} }

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range &arr {
		if i == 0 {
			arr[2] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	arr2 := [3]int{1, 2, 3}
	for i, v := range arr2 {
		if i == 0 {
			arr2[2] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl[2] = 100
			sl = append(sl, 4)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(sl))
	calls := 0
	for range get(&calls) {
	}
	fmt.Println(calls)
	s := S{[3]int{1, 2, 3}}
	for i, v := range s.arr {
		s.arr[2] = 9
		fmt.Print(i, v, ",")
	}
	fmt.Println()
	ps := &s
	for i := range ps.arr {
		ps.arr[i] *= 2
	}
	fmt.Println(s.arr)
	m := map[int]int{1: 1, 2: 2, 3: 3}
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
	str := "abc"
	for i, c := range str {
		str = "zzzzzz"
		fmt.Print(i, string(c))
	}
	fmt.Println(str)
	var x [2][2]int
	for i, row := range x {
		row[0] = 5
		x[i][1] = 7
	}
	fmt.Println(x)
	i := 0
	for i = range 3 {
	}
	fmt.Println(i)
	var keys []int
	for k, v := range []int{5, 6}[1:] {
		keys = append(keys, k, v)
	}
	fmt.Println(keys)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	for v := range ch {
		fmt.Print(v)
	}
	fmt.Println()
}
