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

func main() {
	var g Grid
	g.Fill(1)
	t := g.Transposed()
	fmt.Println(g, t)
	s := make([]int, 3, 10)
	a := append(s, 1)
	b := append(s, 2)
	fmt.Println(a[3], b[3], len(s), cap(a))
	c := s[:2:2]
	d := append(c, 99)
	fmt.Println(s, d, cap(c))
	arr := [5]int{1, 2, 3, 4, 5}
	sl := arr[1:4]
	sl[0] = 20
	sl = append(sl, 50)
	fmt.Println(arr, sl, len(sl), cap(sl))
	sl = append(sl, 60)
	sl[0] = 200
	fmt.Println(arr, sl)
	m := [][]int{{1, 2}, {3, 4}}
	m2 := make([][]int, len(m))
	copy(m2, m)
	m2[0][0] = 100
	m2[1] = []int{7}
	fmt.Println(m, m2)
	n := copy(arr[:], []int{})
	fmt.Println(n)
	bs := make([]byte, 3)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs[:1]))
	pa := &arr
	pa[0] = -1
	for i, v := range pa {
		if i > 1 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(pa))
	x := []int{1, 2, 3, 4, 5}
	x = append(x[:1], x[2:]...)
	fmt.Println(x, len(x), cap(x))
	y := x[len(x):]
	fmt.Println(y, len(y), y == nil)
	z := [...]string{2: "c", 0: "a"}
	fmt.Println(len(z), z, z[1] == "")
	var empty []int
	for range empty {
		fmt.Println("never")
	}
	e2 := append([]int(nil), empty...)
	fmt.Println(e2 == nil, len(e2))
	grid := [2][2]string{}
	row := grid[0]
	row[0] = "changed"
	fmt.Printf("%q %q\n", grid[0][0], row[0])
}
