package main

import "fmt"

type Grid [3][3]rune

func (g Grid) With(x, y int, r rune) Grid { g[y][x] = r; return g }
func (g *Grid) Set(x, y int, r rune)      { g[y][x] = r }
func (g Grid) String() string {
	s := ""
	for _, row := range g {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "/"
	}
	return s
}

func modifyArr(a [4]int) [4]int { a[0] = 100; return a }
func modifyPtr(a *[4]int)       { a[0] = 100 }
func modifySlice(s []int)       { s[0] = 100 }

func main() {
	var g Grid
	g2 := g.With(1, 1, 'X')
	g.Set(0, 0, 'O')
	fmt.Println(g, g2)
	a := [4]int{1, 2, 3, 4}
	b := modifyArr(a)
	fmt.Println(a, b)
	modifyPtr(&a)
	fmt.Println(a)
	modifySlice(a[1:])
	fmt.Println(a)
	c := a
	c[3] = -1
	fmt.Println(a == c, a, c)
	p := &a
	q := p
	q[2] = 42
	fmt.Println(a[2], p[2], len(p))
	for i, v := range p {
		if i == 0 {
			p[3] = 77
		}
		_ = v
	}
	fmt.Println(a)
	multi := [2][2]int{{1, 2}, {3, 4}}
	row := multi[0]
	row[0] = 9
	fmt.Println(multi, row)
	rowp := &multi[1]
	rowp[1] = 8
	fmt.Println(multi)
	type rec struct {
		vals [2]int
	}
	r1 := rec{[2]int{1, 2}}
	r2 := r1
	r2.vals[0] = 5
	fmt.Println(r1, r2, r1 == rec{[2]int{1, 2}})
	arrs := map[string][2]int{"x": {1, 1}}
	t := arrs["x"]
	t[0] = 50
	fmt.Println(arrs, t)
	var zero [0]int
	fmt.Println(len(zero), zero == [0]int{})
	sl := a[:]
	sl = append(sl, 5)
	sl[0] = -100
	fmt.Println(a[0], sl[0], len(sl))
	ch := make(chan [3]int, 1)
	send := [3]int{1, 2, 3}
	ch <- send
	send[0] = 0
	fmt.Println(<-ch, send)
	idx := [...]string{2: "two", 5: "five"}
	fmt.Println(len(idx), idx)
}
