package main

import "fmt"

var log []string

func val(name string, v int) int {
	log = append(log, name)
	return v
}

func idx(name string, i int) int { return val(name, i) }

func main() {
	a := []int{0, 0, 0}
	a[idx("i", 0)], a[idx("j", 1)] = val("x", 1), val("y", 2)
	fmt.Println(a, log)
	log = nil
	m := map[int]int{}
	m[val("k", 1)] = val("v", 2) + val("w", 3)
	fmt.Println(m, log)
	log = nil
	y := val("f", 1) + val("g", 2)*val("h", 3)
	fmt.Println(y, log)
	i := 0
	i, a[i] = 1, 9
	fmt.Println(i, a)
	x := []int{1, 2, 3}
	j := 0
	j, x[j] = 2, 100
	fmt.Println(j, x)
	p, q := 1, 2
	p, q = q, p
	fmt.Println(p, q)
	arr := [3]int{1, 2, 3}
	arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
	fmt.Println(arr)
	log = nil
	fmt.Println(val("arg1", 1), val("arg2", 2), log)
	log = nil
	defer func() { fmt.Println("deferred saw", log) }()
	defer fmt.Println("defer args evaluated now:", val("now", 7))
	val("later", 8)
}
