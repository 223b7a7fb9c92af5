package main

import (
	"fmt"
	"sort"
)

type Celsius float64
type Code int
type Level string
type Key struct{ A string }

type Pos struct{ X, Y int }

func (p Pos) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	m := map[any]string{Code(1): "code", 1: "int", Level("a"): "level", "a": "string"}
	fmt.Println(len(m), m[Code(1)], m[1], m[Level("a")], m["a"])
	m[Celsius(1)] = "celsius"
	m[1.0] = "float"
	m[Key{"k"}] = "key"
	var k any = Key{"k"}
	var c any = Celsius(1)
	fmt.Println(len(m), m[k], m[c], m[1.0])
	v, ok := m[Code(2)]
	fmt.Printf("%q %v\n", v, ok)
	v, ok = m[c]
	fmt.Printf("%q %v\n", v, ok)
	delete(m, c)
	delete(m, 1)
	_, ok = m[Celsius(1)]
	_, ok2 := m[1.0]
	fmt.Println(len(m), ok, ok2)

	counts := map[any]int{}
	for _, x := range []any{Code(1), 1, Code(1), Level("a"), "a", Code(1), Pos{1, 2}, Pos{1, 2}} {
		counts[x]++
	}
	counts[Level("a")] += 10
	fmt.Println(len(counts), counts[Code(1)], counts[1], counts[Level("a")], counts["a"], counts[Pos{1, 2}])

	var lines []string
	for key, n := range counts {
		var kind string
		switch key.(type) {
		case Code:
			kind = "Code"
		case int:
			kind = "int"
		case Level:
			kind = "Level"
		case string:
			kind = "string"
		case fmt.Stringer:
			kind = "Stringer"
		}
		lines = append(lines, fmt.Sprintf("%s %v %T %d", kind, key, key, n))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	set := map[any]bool{}
	set[Code(3)] = true
	fmt.Println(set[3], set[Code(3)], len(set))
	fmt.Println(map[any]int{Code(5): 1}, map[any]string{Pos{1, 2}: "p"})
}
