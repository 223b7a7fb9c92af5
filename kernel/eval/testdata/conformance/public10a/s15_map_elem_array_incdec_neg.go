// conformance: compile error (a map element is not addressable: m[k].n++)
package main

import "fmt"

type Counter struct{ n int }

func main() {
	counts := map[string]Counter{}
	counts["a"].n++
	fmt.Println(counts)
}
