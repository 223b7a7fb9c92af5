package main

import "fmt"

type Pair struct{ A, B int }

type Matrix [2][2]int

func divmod(a, b int) (int, int) { return a / b, a % b }

func main() {
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	s := []int{1, 2, 3, 4, 5}
	s[0], s[4] = s[4], s[0]
	i := 1
	i, s[i] = 3, 99
	fmt.Println(s, i)
	m := map[string]int{"x": 1, "y": 2}
	m["x"], m["y"] = m["y"], m["x"]
	fmt.Println(m["x"], m["y"])
	p := Pair{1, 2}
	p.A, p.B = p.B, p.A
	pp := &p
	pp.A, pp.B = pp.B*10, pp.A*10
	fmt.Println(p)
	var mat Matrix = Matrix{{1, 2}, {3, 4}}
	mat[0][1], mat[1][0] = mat[1][0], mat[0][1]
	fmt.Println(mat)
	arr := [3]string{"a", "b", "c"}
	arr2 := arr
	arr2[0], arr2[2] = arr2[2], arr2[0]
	fmt.Println(arr, arr2)
	q, r := divmod(17, 5)
	q, r = r, q
	fmt.Println(q, r)
	x, y := 1, 2
	x, y = y, x+y
	x, y = y, x+y
	fmt.Println(x, y)
	ptrs := []*int{&a, &b}
	*ptrs[0], *ptrs[1] = *ptrs[1], *ptrs[0]
	fmt.Println(a, b)
	var iface1, iface2 any = "s", 5
	iface1, iface2 = iface2, iface1
	fmt.Println(iface1, iface2)
	ch := make(chan int, 2)
	ch <- 7
	var ok bool
	x, ok = <-ch
	fmt.Println(x, ok)
	var v any = 3.5
	f, ok := v.(float64)
	n, ok2 := v.(int)
	fmt.Println(f, ok, n, ok2)
	k, present := m["zz"]
	fmt.Println(k, present)
	fib := []int{0, 1}
	for len(fib) < 10 {
		n := len(fib)
		fib = append(fib, fib[n-1]+fib[n-2])
	}
	fmt.Println(fib)
	j := 0
	s2 := []int{10, 20, 30}
	j, s2[j] = 2, 5
	fmt.Println(j, s2)
	type T struct{ v []int }
	t1 := T{[]int{1}}
	t2 := t1
	t2.v[0] = 9
	t2.v = append(t2.v, 2)
	fmt.Println(t1, t2)
}
