package main

import "fmt"

type Grid [3][3]int

func (g *Grid) Cell(r, c int) *int { return &g[r][c] }

func (g *Grid) Row(r int) *[3]int { return &g[r] }

type Buckets [4][]string

func (b *Buckets) Put(s string) {
	bucket := &b[len(s)%4]
	*bucket = append(*bucket, s)
}

func main() {
	var g Grid
	*g.Cell(1, 2) = 7
	row := g.Row(2)
	row[0] = 9
	p := &g
	q := &p[0][1]
	*q = 5
	fmt.Println(g)
	var b Buckets
	for _, w := range []string{"a", "bb", "ccc", "dddd", "e", "ff"} {
		b.Put(w)
	}
	fmt.Println(b, len(b[1]))
	arr := &[4]string{"w", "x", "y", "z"}
	e := &arr[3]
	*e = "Z"
	s := arr[1:3]
	s[0] = "X"
	fmt.Println(*arr, len(arr))
	for i := range arr {
		ep := &arr[i]
		*ep += "!"
	}
	fmt.Println(arr[0], arr[3])
}
