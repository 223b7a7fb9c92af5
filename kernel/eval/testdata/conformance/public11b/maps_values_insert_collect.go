package main

import (
	"fmt"
	"maps"
	"slices"
)

func main() {
	// ExampleValues
	{
		m1 := map[int]string{
			1:    "one",
			10:   "Ten",
			1000: "THOUSAND",
		}
		values := slices.Sorted(maps.Values(m1))
		fmt.Println(values)
	}

	// ExampleInsert
	{
		m1 := map[int]string{
			1000: "THOUSAND",
		}
		s1 := []string{"zero", "one", "two", "three"}
		maps.Insert(m1, slices.All(s1))
		fmt.Println("m1 is:", m1)
	}

	// ExampleCollect
	{
		s1 := []string{"zero", "one", "two", "three"}
		m1 := maps.Collect(slices.All(s1))
		fmt.Println("m1 is:", m1)
	}
}
