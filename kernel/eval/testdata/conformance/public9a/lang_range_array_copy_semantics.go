package main

import "fmt"

type Grid [3][3]int

func (g Grid) Transposed() Grid {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			g[i][j], g[j][i] = g[j][i], g[i][j]
		}
	}
	return g
}

func (g *Grid) Fill(v int) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v + i*3 + j
		}
	}
}

type Box struct {
	items [4]string
	n     int
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr { // ranges over a copy
		arr[3-i] = v * 10
	}
	fmt.Println(arr)
	arr2 := [4]int{1, 2, 3, 4}
	for i, v := range &arr2 { // pointer: sees updates
		if i < 3 {
			arr2[i+1] += v
		}
	}
	fmt.Println(arr2)
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 99)
			sl[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(sl)
	var g Grid
	g.Fill(1)
	t := g.Transposed()
	fmt.Println(g, t)
	h := g
	h[0][0] = -1
	rows := g[:]
	rows[1][1] = 500
	fmt.Println(g[0][0], h[0][0], g[1][1])
	b := Box{n: 2}
	b.items[0] = "a"
	c := b
	c.items[1] = "c"
	bp := &b
	bp.items[2] = "p"
	fmt.Printf("%q %q %v\n", b.items, c.items, b == c)
	m := map[[2]int]string{{1, 2}: "x"}
	k := [2]int{1, 2}
	m[k] += "y"
	k[0] = 9
	fmt.Println(m, len(m), m[[2]int{9, 2}] == "")
	type key struct {
		a [2]string
		b any
	}
	mk := map[key]int{}
	mk[key{[2]string{"a", "b"}, 1}]++
	mk[key{[2]string{"a", "b"}, 1}]++
	mk[key{[2]string{"a", "b"}, "1"}]++
	fmt.Println(len(mk), mk[key{[2]string{"a", "b"}, 1}])
	s := make([]int, 3, 10)
	s2 := append(s, 4)
	s3 := append(s, 5)
	fmt.Println(s2[3], s3[3], len(s), cap(s2))
	full := s[0:2:2]
	s4 := append(full, 6)
	fmt.Println(s[2], s4, cap(full))
	buf := []int{1, 2, 3, 4, 5}
	copy(buf[1:], buf)
	fmt.Println(buf)
	ap := [...]int{5, 6, 7}
	ps := ap[:]
	ps[0] = 50
	fmt.Println(ap, len(ap[1:]), cap(ap[1:2]))
	var nilArr *[3]int
	fmt.Println(len(nilArr))
	for i := range nilArr {
		fmt.Print(i)
	}
	fmt.Println()
}
