package main

import (
	"fmt"
	"maps"
)

func main() {
	// ExampleClone
	{
		m1 := map[string]int{
			"key": 1,
		}
		m2 := maps.Clone(m1)
		m2["key"] = 100
		fmt.Println(m1["key"])
		fmt.Println(m2["key"])

		m3 := map[string][]int{
			"key": {1, 2, 3},
		}
		m4 := maps.Clone(m3)
		fmt.Println(m4["key"][0])
		m4["key"][0] = 100
		fmt.Println(m3["key"][0])
		fmt.Println(m4["key"][0])

	}

	// ExampleCopy
	{
		m1 := map[string]int{
			"one": 1,
			"two": 2,
		}
		m2 := map[string]int{
			"one": 10,
		}

		maps.Copy(m2, m1)
		fmt.Println("m2 is:", m2)

		m2["one"] = 100
		fmt.Println("m1 is:", m1)
		fmt.Println("m2 is:", m2)

		m3 := map[string][]int{
			"one": {1, 2, 3},
			"two": {4, 5, 6},
		}
		m4 := map[string][]int{
			"one": {7, 8, 9},
		}

		maps.Copy(m4, m3)
		fmt.Println("m4 is:", m4)

		m4["one"][0] = 100
		fmt.Println("m3 is:", m3)
		fmt.Println("m4 is:", m4)

	}

	// ExampleDeleteFunc
	{
		m := map[string]int{
			"one":   1,
			"two":   2,
			"three": 3,
			"four":  4,
		}
		maps.DeleteFunc(m, func(k string, v int) bool {
			return v%2 != 0 // delete odd values
		})
		fmt.Println(m)
	}
}
