package main

// A type assertion used directly as a condition (if, for, switch case, an
// operand of && and ||) branches on its value; other bool-typed conditions
// (map index, receive, comma-ok forms) too.

import "fmt"

func get() any { return false }

type Q struct{ v any }

func (q *Q) Get() any { return q.v }

func main() {
	var x any = false
	var y any = true
	if x.(bool) {
		fmt.Println("1 T")
	} else {
		fmt.Println("1 F")
	}
	if get().(bool) {
		fmt.Println("2 T")
	} else {
		fmt.Println("2 F")
	}
	q := &Q{false}
	if q.Get().(bool) {
		fmt.Println("3 T")
	} else {
		fmt.Println("3 F")
	}
	n := 0
	for x.(bool) {
		n++
		break
	}
	fmt.Println("4", n)
	if !x.(bool) {
		fmt.Println("5 T")
	} else {
		fmt.Println("5 F")
	}
	if x.(bool) && true {
		fmt.Println("6 T")
	} else {
		fmt.Println("6 F")
	}
	if y.(bool) && x.(bool) {
		fmt.Println("7 T")
	} else {
		fmt.Println("7 F")
	}
	if x.(bool) || x.(bool) {
		fmt.Println("8 T")
	} else {
		fmt.Println("8 F")
	}
	switch {
	case x.(bool):
		fmt.Println("9 x")
	case y.(bool):
		fmt.Println("9 y")
	}
	m := map[string]bool{"a": false}
	if m["a"] {
		fmt.Println("10 T")
	} else {
		fmt.Println("10 F")
	}
	ch := make(chan bool, 2)
	ch <- false
	if <-ch {
		fmt.Println("11 T")
	} else {
		fmt.Println("11 F")
	}
	if v, ok := x.(bool); ok && v {
		fmt.Println("12 T")
	} else {
		fmt.Println("12 F")
	}
	if v, ok := m["b"]; ok || v {
		fmt.Println("13 T")
	} else {
		fmt.Println("13 F")
	}
	ch <- false
	if v, ok := <-ch; v && ok {
		fmt.Println("14 T")
	} else {
		fmt.Println("14 F")
	}
	var z any = 3
	if _, ok := z.(bool); ok {
		fmt.Println("15 T")
	} else {
		fmt.Println("15 F")
	}
	if x.(bool) == false {
		fmt.Println("16 T")
	} else {
		fmt.Println("16 F")
	}
	ma := map[string]any{"a": false}
	if ma["a"].(bool) {
		fmt.Println("17 T")
	} else {
		fmt.Println("17 F")
	}
	ca := make(chan any, 1)
	ca <- false
	if (<-ca).(bool) {
		fmt.Println("18 T")
	} else {
		fmt.Println("18 F")
	}
	k := 0
	for i := 0; y.(bool) && i < 3; i++ {
		k++
	}
	fmt.Println("19", k)
	b := x.(bool) || y.(bool)
	fmt.Println("20", b)
	if func() bool { return x.(bool) }() {
		fmt.Println("21 T")
	} else {
		fmt.Println("21 F")
	}
	type B bool
	var xb any = B(false)
	if xb.(B) {
		fmt.Println("22 T")
	} else {
		fmt.Println("22 F")
	}
	s := []any{false}
	if s[0].(bool) {
		fmt.Println("23 T")
	} else {
		fmt.Println("23 F")
	}
}
