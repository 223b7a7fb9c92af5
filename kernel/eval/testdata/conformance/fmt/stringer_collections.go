package main

import (
	"fmt"
	"sort"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"Red", "Green", "Blue"}[c] }

type Pixel struct {
	X, Y int
	C    Color
}

type Palette map[string]Color

func (p Palette) String() string {
	keys := make([]string, 0, len(p))
	for k := range p {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s=%v;", k, p[k])
	}
	return sb.String()
}

type Grid [2][2]Color

func main() {
	fmt.Println(Red, Blue, []Color{Green, Red})
	fmt.Printf("%v %d %s %q %x\n", Green, Green, Green, Green, Green)
	fmt.Println(map[Color]int{Blue: 3, Red: 1})
	fmt.Println(map[string]Color{"sky": Blue})
	px := Pixel{1, 2, Blue}
	fmt.Printf("%v %+v\n", px, px)
	fmt.Println([]Pixel{px}, &px, []*Pixel{&px}[0].C)
	fmt.Println(Palette{"b": Blue, "a": Red})
	fmt.Println(Grid{{Red, Green}, {Blue, Red}})
	fmt.Printf("%5s|%-6v|%3d\n", Red, Blue, Blue)
	var s fmt.Stringer = Green
	fmt.Println(s, s.String())
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprintf("%v", []any{Red, 1, "x"}))
	ch := make(chan Color, 1)
	ch <- Blue
	fmt.Println(<-ch)
}
