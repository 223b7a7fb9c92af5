package main

import "fmt"

// A package-level variable may refer to one declared later by a
// declaration of several variables from one call (var a, b = pair()): it
// is initialized after that declaration, as for any other dependency (the
// interpreter refused the declaration, "assignment mismatch: 1 variables
// but pair returns 2 values", and once it accepted it, read b before pair
// ran).

var calls []string

func pair() (int, string) {
	calls = append(calls, "pair")
	return 1, "two"
}

var first = label + "!"
var count, label = pair()
var after = count + 1

var x, y float64 = coords()

func coords() (float64, float64) {
	calls = append(calls, "coords")
	return 1.5, 2.5
}

func main() {
	fmt.Println(first, count, label, after, x, y)
	fmt.Println(calls)
}
