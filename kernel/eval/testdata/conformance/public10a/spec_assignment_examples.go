package main

import "fmt"

func f() (int, int) { return 7, 8 }

func main() {
	// From the spec's Assignment statements section.
	x := 1
	x <<= 2
	fmt.Println(x)
	a := []int{1, 2, 3}
	i := 0
	i, a[i] = 1, 2 // set i = 1, a[0] = 2
	fmt.Println(i, a)
	i = 0
	a[i], i = 2, 1 // set a[0] = 2, i = 1
	fmt.Println(i, a)
	a[0], a[0] = 1, 2 // set a[0] = 1, then a[0] = 2 (a[0] == 2 at end)
	fmt.Println(a)
	i = 2
	x, a[x%3] = 2, 3 // set x = 2, a[4%3]... x was 4: a[1] = 3
	fmt.Println(x, a)
	var p *struct{ x int }
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil, x) }()
		x, p.x = 1, 2 // set x = 1, then panic when setting p.x
	}()
	i = 0
	var b [3]int
	i, b[i] = 1, 2
	fmt.Println(i, b)
	var j int
	j, _ = f()
	_, j2 := f()
	fmt.Println(j, j2)
	for i, j := 0, 10; i < j; i, j = i+1, j-1 {
		if i == 3 {
			fmt.Println(i, j)
		}
	}
	k, m := 1, 2
	k, m = m, k
	fmt.Println(k, m)
}
