package main

import "fmt"

var calls int

func items() []int {
	calls++
	return []int{1, 2, 3}
}

func main() {
	for _, v := range items() {
		_ = v
	}
	fmt.Println("calls:", calls)
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4, 5)
			s[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(s))
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[1] = 20
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range &arr {
		if i == 0 {
			arr[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	str := "abc"
	for i, r := range str {
		if i == 0 {
			str = "xyz"
		}
		fmt.Print(string(r))
	}
	fmt.Println(str)
	m := map[int]bool{1: true, 2: true, 3: true, 4: true}
	n := 0
	for k := range m {
		delete(m, k)
		n++
	}
	fmt.Println(n, len(m))
	n = 0
	for i := range 3 {
		n += i
		i += 10
	}
	fmt.Println(n)
}
