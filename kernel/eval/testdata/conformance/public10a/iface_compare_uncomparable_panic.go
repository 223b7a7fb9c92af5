package main

import "fmt"

func main() {
	var a, b interface{} = 1, "x"
	fmt.Println(a == b)
	a, b = []int{1}, 2
	fmt.Println(a == b) // different dynamic types: false, no panic
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
		var c, d interface{} = map[string]int{}, map[string]int{}
		fmt.Println(c == d)
	}()
	b = []int{1}
	fmt.Println(a == b)
}
