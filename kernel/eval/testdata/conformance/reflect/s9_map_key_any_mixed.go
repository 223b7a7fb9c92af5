package main

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"sort"
)

type Point struct{ X, Y int }

type Name string

type Grid [2][2]int

func main() {
	m := map[any]int{}
	m[Point{1, 2}]++
	m[reflect.ValueOf(Point{1, 2}).Interface()]++
	m[any(Point{1, 2})]++
	m[Name("x")]++
	m["x"]++
	m[reflect.ValueOf(Name("x")).Interface()]++
	m[Grid{{1, 2}, {3, 4}}]++
	m[reflect.ValueOf(Grid{{1, 2}, {3, 4}}).Interface()]++
	m[[2]int{1, 2}]++
	m[reflect.ValueOf([2]int{1, 2}).Interface()]++
	var lines []string
	for k, v := range m {
		lines = append(lines, fmt.Sprintf("%T=%v:%d", k, k, v))
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	// NaN keys are never equal: each insertion is a new entry.
	nan := map[any]int{}
	nan[math.NaN()] = 1
	nan[math.NaN()] = 2
	nan[reflect.ValueOf(math.NaN()).Interface()] = 3
	_, ok := nan[math.NaN()]
	fmt.Println(len(nan), ok)

	// Keys that came from json are float64s and strings.
	var decoded []any
	if err := json.Unmarshal([]byte(`[1, "a", true, 1]`), &decoded); err != nil {
		fmt.Println(err)
		return
	}
	counts := map[any]int{}
	for _, d := range decoded {
		counts[d]++
	}
	fmt.Println(counts[1.0], counts["a"], counts[true], counts[1], len(counts))

	// Interfaces holding pointers are compared by address.
	p1, p2 := &Point{}, &Point{}
	ptrs := map[any]string{p1: "p1", p2: "p2"}
	fmt.Println(ptrs[p1], ptrs[reflect.ValueOf(p2).Interface()], len(ptrs))
}
