package main

import "fmt"

type P struct{ n int }

func main() {
	i := 0
	i++
	i++
	i--
	arr := [3]int{}
	arr[i]++
	p := &P{}
	p.n++
	m := map[string]int{}
	m["x"]++
	m["x"]++
	f := 1.5
	f++
	fmt.Println(i, arr, p.n, m, f)
}
