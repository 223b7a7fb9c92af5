package main

import (
	"fmt"
	"strings"
)

type Path []string

func (p *Path) Push(s string) { *p = append(*p, s) }
func (p *Path) Pop() string {
	old := *p
	last := old[len(old)-1]
	*p = old[:len(old)-1]
	return last
}
func (p Path) String() string { return "/" + strings.Join(p, "/") }

type Grid [2][3]rune

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		sb.WriteString(string(row[:]) + "\n")
	}
	return sb.String()
}

func (g *Grid) Fill(r rune) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = r
		}
	}
}

func modify(g Grid) Grid {
	g[0][0] = 'X'
	return g
}

func main() {
	var p Path
	p.Push("usr")
	p.Push("local")
	p.Push("bin")
	fmt.Println(p, len(p))
	fmt.Println(p.Pop(), p)
	paths := map[string]*Path{"a": {}}
	paths["a"].Push("x")
	fmt.Println(paths["a"])
	var g Grid
	g.Fill('.')
	g2 := modify(g)
	fmt.Print(g, g2)
	gp := &g
	gp.Fill('#')
	fmt.Print(g.String())
	fmt.Println(fmt.Sprint(p), fmt.Sprintf("%v|%s", p, &p))
}
