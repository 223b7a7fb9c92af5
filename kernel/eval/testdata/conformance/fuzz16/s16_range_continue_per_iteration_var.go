// Since Go 1.22 every iteration of a range loop has its own variables:
// a closure or a pointer made in an iteration keeps that iteration's
// value, also when the iteration ends with continue (plain or labelled).
// The notebook's continue skipped the copy made at the end of the body:
// the closures of those iterations saw the next iteration's value.
package main

import "fmt"

func main() {
	var fs []func() int
	for i := range 3 {
		fs = append(fs, func() int { return i })
		if i%2 == 0 {
			continue
		}
	}
	for _, v := range []int{10, 20, 30} {
		fs = append(fs, func() int { return v })
		continue
	}
	for _, r := range "xyz" {
		fs = append(fs, func() int { return int(r) })
		continue
	}
	arr := [3]int{4, 5, 6}
outer:
	for _, a := range arr {
		for range 2 {
			fs = append(fs, func() int { return a })
			continue outer
		}
	}
	var ps []*int
	for i := range 3 {
		ps = append(ps, &i)
		if i > 0 {
			continue
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Deferred closures in a loop whose iterations end with continue.
	func() {
		for i := range 3 {
			defer func() { fmt.Println("deferred", i) }()
			if i < 2 {
				continue
			}
		}
	}()
}
