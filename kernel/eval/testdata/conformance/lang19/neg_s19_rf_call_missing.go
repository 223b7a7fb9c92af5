package main

import (
	"fmt"
	"maps"
)

func main() {
	m := map[string]int{"a": 1}
	for k := range maps.Keys {
		fmt.Println(k)
	}
	_ = m
}
