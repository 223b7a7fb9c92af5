package main

import (
	"fmt"
	"sort"
)

// A cache keyed by a struct with an `any` field, the field holding values
// of types declared in the program.

type Point struct{ X, Y int }

type UserID int

type Key struct {
	Kind string
	ID   any
}

func main() {
	cache := map[Key]string{}
	cache[Key{"pt", Point{1, 2}}] = "point"
	cache[Key{"user", UserID(7)}] = "user seven"
	cache[Key{"n", 3}] = "three"

	fmt.Println(cache[Key{"pt", Point{1, 2}}])
	fmt.Println(cache[Key{"user", UserID(7)}])
	fmt.Println(cache[Key{"n", 3}])
	_, ok := cache[Key{"user", 7}]
	fmt.Println(ok, len(cache))

	cache[Key{"pt", Point{1, 2}}] = "point again"
	fmt.Println(len(cache))
	var kinds []string
	for k, v := range cache {
		kinds = append(kinds, fmt.Sprintf("%s/%v=%s", k.Kind, k.ID, v))
	}
	sort.Strings(kinds)
	fmt.Println(kinds)
}
