package main

import "fmt"

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{0, 0, 0}
	i := 0
	i, x[i] = 1, 9
	fmt.Println(i, x)
	x[1], x[2] = x[2], x[1]
	fmt.Println(x)
	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 1
	fmt.Println(k, m)
	var order []string
	get := func(s string) int { order = append(order, s); return len(order) }
	arr := [5]int{}
	arr[get("idx")] = get("val")
	fmt.Println(arr, order)
	y := 1
	y, z := y+1, y+2
	fmt.Println(y, z)
}
