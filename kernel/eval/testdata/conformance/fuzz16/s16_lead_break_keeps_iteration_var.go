// A break out of a range loop (or a goto, or a labelled break of an outer
// loop) ends the iteration whose variable a closure captured; when the
// loop runs again, in the next iteration of an outer loop, its variables
// are new ones: the closures keep their values.
package main

import "fmt"

type job struct{ id int }

func main() {
	var fs []func() int
	for round := 0; round < 3; round++ {
		for i := range 5 {
			fs = append(fs, func() int { return round*10 + i })
			if i == round+1 {
				break
			}
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var ps []*job
	jobs := []job{{1}, {2}, {3}}
outer:
	for pass := 0; pass < 2; pass++ {
		for _, j := range jobs {
			ps = append(ps, &j)
			if j.id == 2 {
				if pass == 1 {
					break outer
				}
				break
			}
		}
	}
	for _, p := range ps {
		fmt.Print(p.id, " ")
	}
	fmt.Println()

	var names []func() string
	for _, group := range [][]string{{"a", "b", "stop", "c"}, {"d", "stop"}} {
		for k, name := range group {
			if name == "stop" {
				break
			}
			names = append(names, func() string { return fmt.Sprint(k, name) })
		}
	}
	for _, f := range names {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
