package main

import "fmt"

// A backward goto out of a three-clause loop, taken twice: each run of
// the loop has variables of its own, and the pointers kept of earlier
// runs keep their values.
func main() {
	var ps []*int
	tries := 0
retry:
	tries++
	for i := 0; i < 4; i++ {
		ps = append(ps, &i)
		if i == 2 && tries < 3 {
			goto retry
		}
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println(tries)
}
