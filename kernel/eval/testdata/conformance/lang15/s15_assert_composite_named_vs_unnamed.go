package main

import "fmt"

type Ints []int
type M map[string]int
type Ch chan int
type Arr [2]string
type Pair struct{ A, B int }

func describe(v any) string {
	switch v.(type) {
	case Ints:
		return "Ints"
	case []int:
		return "[]int"
	case M:
		return "M"
	case map[string]int:
		return "map[string]int"
	case Ch:
		return "Ch"
	case chan int:
		return "chan int"
	case Arr:
		return "Arr"
	case [2]string:
		return "[2]string"
	case []Pair:
		return "[]Pair"
	case []struct{ A, B int }:
		return "[]struct"
	case map[Pair]bool:
		return "map[Pair]bool"
	}
	return "other"
}

func main() {
	values := []any{
		Ints{1}, []int{1}, M{}, map[string]int{}, make(Ch), make(chan int),
		Arr{}, [2]string{}, []Pair{{1, 2}}, []struct{ A, B int }{{1, 2}}, map[Pair]bool{},
	}
	for _, v := range values {
		_, isInts := v.([]int)
		_, isNamed := v.(Ints)
		fmt.Println(describe(v), isInts, isNamed)
	}
	var ps any = []Pair{{3, 4}}
	_, ok := ps.([]struct{ A, B int })
	fmt.Println(ok)
	var raw any = [][2]string{{"a", "b"}}
	_, ok = raw.([]Arr)
	fmt.Println(ok)
}
