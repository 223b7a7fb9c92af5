package main

import "fmt"

func main() {
	arr := [3]string{"a", "b", "c"}
	for i, v := range arr {
		arr[2] = "changed"
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i := range s {
		s = append(s, i)
	}
	fmt.Println(s)
	for i, v := range s[:2] {
		s[1] = 100
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	var p *[2]int
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println()
}
