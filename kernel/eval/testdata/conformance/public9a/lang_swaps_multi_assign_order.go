package main

import "fmt"

type pair struct{ a, b int }

func three() (int, string, error) { return 3, "three", nil }

func main() {
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	a := []int{10, 20, 30, 40}
	i := 0
	i, a[i] = 2, 99 // a[0] index evaluated before assignment
	fmt.Println(i, a)
	a[1], a[3] = a[3], a[1]
	fmt.Println(a)
	j := 1
	a[j], j = 7, 3
	fmt.Println(a, j)
	m := map[string]int{"k": 1}
	m["k"], m["q"] = m["q"], m["k"]
	fmt.Println(m["k"], m["q"], len(m))
	p := pair{1, 2}
	p.a, p.b = p.b, p.a
	pp := &p
	pp.a, pp.b = pp.b+10, pp.a+10
	fmt.Println(p)
	arr := [3]pair{{1, 2}, {3, 4}, {5, 6}}
	arr[0], arr[2] = arr[2], arr[0]
	arr[1].a, arr[1].b = arr[1].b, arr[1].a
	fmt.Println(arr)
	s := "héllo"
	bs := []byte(s)
	rs := []rune(s)
	rs[0], rs[len(rs)-1] = rs[len(rs)-1], rs[0]
	bs[0], bs[1] = bs[1], bs[0]
	fmt.Println(string(rs), len(bs), bs[:3])
	n, str, err := three()
	fmt.Println(n, str, err)
	var u8 uint8
	var f float64
	u8, f = 255, 1.5
	u8 += 2
	fmt.Println(u8, f)
	ptrs := []*int{&x, &y}
	*ptrs[0], *ptrs[1] = *ptrs[1], *ptrs[0]
	fmt.Println(x, y)
	var iface1, iface2 any = "s", 5
	iface1, iface2 = iface2, iface1
	fmt.Println(iface1, iface2)
	ch := make(chan int, 2)
	ch <- 5
	ch <- 6
	var ok bool
	x, ok = <-ch
	fmt.Println(x, ok)
	var v any = 3.5
	f, ok = v.(float64)
	fmt.Println(f, ok)
	_, ok = m["none"]
	fmt.Println(ok)
	fib := func(n int) int {
		a, b := 0, 1
		for range n {
			a, b = b, a+b
		}
		return a
	}
	fmt.Println(fib(50))
	grid := [][]int{{1, 2}, {3, 4}}
	grid[0], grid[1] = grid[1], grid[0]
	grid[0][0], grid[1][1] = grid[1][1], grid[0][0]
	fmt.Println(grid)
}
