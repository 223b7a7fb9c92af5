package main

import "fmt"

// An assertion helper of a test framework, in the style of testify's
// ObjectsAreEqual: values held in `any` are equal only when their dynamic
// types are identical. A defined struct type and an unnamed struct type
// with the same fields are different types.

type Point struct{ X, Y int }

type Vec struct{ X, Y int }

func objectsAreEqual(expected, actual any) bool {
	if expected == nil || actual == nil {
		return expected == actual
	}
	return expected == actual
}

type result struct {
	name string
	ok   bool
}

func main() {
	anon := struct{ X, Y int }{1, 2}
	checks := []struct {
		name     string
		exp, act any
	}{
		{"point/point", Point{1, 2}, Point{1, 2}},
		{"point/vec", Point{1, 2}, Vec{1, 2}},
		{"point/anon", Point{1, 2}, anon},
		{"anon/point", anon, Point{1, 2}},
		{"anon/anon", anon, struct{ X, Y int }{1, 2}},
		{"vec/conv", Vec{1, 2}, Vec(anon)},
		{"point/conv", Point{1, 2}, Point(anon)},
		{"nil/point", nil, Point{}},
	}
	var results []result
	for _, c := range checks {
		results = append(results, result{c.name, objectsAreEqual(c.exp, c.act)})
	}
	for _, r := range results {
		fmt.Printf("%-12s %v\n", r.name, r.ok)
	}

	// Comparisons with a typed operand on one side.
	var x any = anon
	fmt.Println(x == Point{1, 2}, Point{1, 2} == x, x == anon, x != Point{1, 2})
	var y any = Point{1, 2}
	fmt.Println(y == anon, anon == y, y == Point{1, 2})

	// Assertions and the comma-ok form.
	_, isPoint := x.(Point)
	_, isAnon := x.(struct{ X, Y int })
	_, yPoint := y.(Point)
	_, yAnon := y.(struct{ X, Y int })
	fmt.Println(isPoint, isAnon, yPoint, yAnon)

	// A failed assertion panics with Go's message.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = x.(Point)
	}()
}
