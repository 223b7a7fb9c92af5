// A closure made in an inner loop's iteration that a labeled continue of
// the outer loop ends keeps that iteration's variable: the next outer
// iteration's inner loop has a new one. Found by difffuzz
// (seqlabels, seed 5160).
package main

import "fmt"

func main() {
	var out []string
	func() {
	L0:
		for v0 := 2; v0 > 0; v0-- {
			for v1 := range 2 {
				defer func() { out = append(out, fmt.Sprint(v0, v1)) }()
				if v1 == 1 {
					continue L0
				}
			}
		}
	}()
	fmt.Println(out)
}
