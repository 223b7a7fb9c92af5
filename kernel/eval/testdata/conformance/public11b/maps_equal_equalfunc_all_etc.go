package main

import (
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	// ExampleEqual
	{
		m1 := map[int]string{
			1:    "one",
			10:   "Ten",
			1000: "THOUSAND",
		}
		m2 := map[int]string{
			1:    "one",
			10:   "Ten",
			1000: "THOUSAND",
		}
		m3 := map[int]string{
			1:    "one",
			10:   "ten",
			1000: "thousand",
		}

		fmt.Println(maps.Equal(m1, m2))
		fmt.Println(maps.Equal(m1, m3))
	}

	// ExampleEqualFunc
	{
		m1 := map[int]string{
			1:    "one",
			10:   "Ten",
			1000: "THOUSAND",
		}
		m2 := map[int][]byte{
			1:    []byte("One"),
			10:   []byte("Ten"),
			1000: []byte("Thousand"),
		}
		eq := maps.EqualFunc(m1, m2, func(v1 string, v2 []byte) bool {
			return strings.EqualFold(v1, string(v2))
		})
		fmt.Println(eq)
	}

	// ExampleAll
	{
		m1 := map[string]int{
			"one": 1,
			"two": 2,
		}
		m2 := map[string]int{
			"one": 10,
		}
		maps.Insert(m2, maps.All(m1))
		fmt.Println("m2 is:", m2)
	}

	// ExampleKeys
	{
		m1 := map[int]string{
			1:    "one",
			10:   "Ten",
			1000: "THOUSAND",
		}
		keys := slices.Sorted(maps.Keys(m1))
		fmt.Println(keys)
	}
}
