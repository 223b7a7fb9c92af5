package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Pt struct{ X, Y int }

type Tree struct {
	Name     string
	Children []Tree
}

func (t Tree) Count() int {
	n := 1
	for _, c := range t.Children {
		n += c.Count()
	}
	return n
}

func pair() (int, string)           { return 7, "seven" }
func triple() (a, b int, err error) { return 1, 2, nil }
func sum(xs ...int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}
func two() (int, int) { return 3, 4 }

type Builder struct{ parts []string }

func (b Builder) With(s string) Builder {
	b.parts = append(append([]string(nil), b.parts...), s)
	return b
}

func main() {
	// swaps of struct fields and array elements
	p := Pt{1, 2}
	p.X, p.Y = p.Y, p.X
	arr := [3]Pt{{1, 1}, {2, 2}, {3, 3}}
	arr[0], arr[2] = arr[2], arr[0]
	a, b := 1, 1
	for range 5 {
		a, b = b, a+b
	}
	fmt.Println(p, arr, a, b)

	// multi-value calls passed on
	fmt.Println(pair())
	fmt.Println(sum(two()))
	x, y, err := triple()
	fmt.Println(x+y, err)

	// range over int with the variable modified inside
	var seen []int
	for i := range 5 {
		seen = append(seen, i)
		i += 10
		_ = i
	}
	fmt.Println(seen)

	// defer in a loop captures each iteration's variable
	func() {
		for i := range 3 {
			defer func() { fmt.Print("d", i, " ") }()
		}
	}()
	fmt.Println()

	// break inside select only leaves the select
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	n := 0
	for n < 3 {
		select {
		case v := <-ch:
			n++
			if v == 2 {
				break
			}
			fmt.Print("got", v, " ")
		}
	}
	fmt.Println()

	// if/else-if chains with shadowing and type assertions
	vals := []any{42, "17", 3.5, errors.New("e"), nil}
	for _, v := range vals {
		if i, ok := v.(int); ok {
			fmt.Print("int ", i)
		} else if s, ok := v.(string); ok {
			if n, err := strconv.Atoi(s); err == nil {
				fmt.Print("numeric string ", n)
			}
		} else if err, ok := v.(error); ok {
			fmt.Print("error ", err)
		} else if v == nil {
			fmt.Print("nil")
		} else {
			fmt.Printf("other %T", v)
		}
		fmt.Print("; ")
	}
	fmt.Println()

	// value-receiver builder keeps earlier values intact
	base := Builder{}.With("a")
	b1 := base.With("b")
	b2 := base.With("c")
	fmt.Println(base.parts, b1.parts, b2.parts)

	// recursive value tree
	t := Tree{"root", []Tree{{"a", []Tree{{"a1", nil}, {"a2", nil}}}, {"b", nil}}}
	t.Children[1].Children = append(t.Children[1].Children, Tree{Name: "b1"})
	fmt.Println(t.Count(), len(t.Children[0].Children))

	// shadowed err in nested scopes
	var errOuter error
	if _, err := strconv.Atoi("x"); err != nil {
		errOuter = err
		if _, err := strconv.Atoi("1"); err == nil {
			fmt.Println("inner ok, outer still", errOuter != nil)
		}
	}
	// grid rows assigned as arrays
	var grid [2][3]int
	row := [3]int{7, 8, 9}
	grid[1] = row
	row[0] = 0
	copy(grid[0][:], []int{1, 2})
	fmt.Println(grid, row)
	m := map[string]int{}
	m["a"] += 5
	m["a"]++
	m["b"] -= 2
	fmt.Println(m)
}
